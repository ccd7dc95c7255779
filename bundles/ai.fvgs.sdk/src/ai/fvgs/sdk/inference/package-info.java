/**
 * Inference backend extensions: run a model (pose estimation, segmentation, pose-guided video generation)
 * on the CPU, a GPU or a remote service.
 */
package ai.fvgs.sdk.inference;
