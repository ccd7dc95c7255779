/**
 * The headless command line, {@code fvgs <command> [options]}. Commands are OSGi services of
 * {@link ai.fvgs.cli.CliCommand}: a bundle adds one by registering a component.
 */
package ai.fvgs.cli;
