package ai.fvgs.render.internal;

/** One mesh's vertices after a pass's projection: clip coordinates, outcodes, and screen data of those inside. */
final class ClipVertices {

    float[] clip = new float[0];
    byte[] outcode = new byte[0];
    int[] sx = new int[0];
    int[] sy = new int[0];
    float[] key = new float[0];

    void ensureCapacity(int vertices) {
        if (outcode.length < vertices) {
            clip = new float[4 * vertices];
            outcode = new byte[vertices];
            sx = new int[vertices];
            sy = new int[vertices];
            key = new float[vertices];
        }
    }
}
