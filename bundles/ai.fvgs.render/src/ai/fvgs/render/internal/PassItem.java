package ai.fvgs.render.internal;

import ai.fvgs.render.Mesh;
import ai.fvgs.render.SceneItem;

/** A scene item as one pass sees it: its mesh, prepared material and projected vertices. */
final class PassItem {

    SceneItem item;
    Mesh mesh;
    SurfaceMaterial material;
    final ClipVertices vertices = new ClipVertices();

    void set(SceneItem sceneItem, SurfaceMaterial surface) {
        this.item = sceneItem;
        this.mesh = sceneItem.mesh();
        this.material = surface;
        vertices.ensureCapacity(mesh.vertexCount());
    }
}
