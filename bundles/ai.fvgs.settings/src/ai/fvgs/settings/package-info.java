/**
 * Where the workbench keeps its data and which database it uses: the user's settings, shared by the
 * workbench, the command line and the launch script.
 */
package ai.fvgs.settings;
