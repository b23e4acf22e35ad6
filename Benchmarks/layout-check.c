/* Lays out and renders one DOT file with libgvc, as Seams does in-process, for the render sweep
 * (Benchmarks/render-sweep.sh). Built with AddressSanitizer it reports heap misuse inside
 * Graphviz that does not always abort the process (an invalid free may pass silently).
 * Usage: layout-check FILE.dot [dot|sfdp]; exit 0 rendered, 3-6 a Graphviz error, or the
 * sanitizer's report on stderr. */
#include <graphviz/gvc.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc < 2) return 3;
    FILE *file = fopen(argv[1], "rb");
    if (!file) return 3;
    static char text[1 << 24];
    size_t length = fread(text, 1, sizeof text - 1, file);
    text[length] = 0;
    fclose(file);
    agseterr(AGMAX);
    GVC_t *context = gvContext();
    Agraph_t *graph = agmemread(text);
    if (!graph) return 4;
    if (gvLayout(context, graph, argc > 2 ? argv[2] : "dot") != 0) return 5;
    char *bytes;
    unsigned int size;
    if (gvRenderData(context, graph, "svg", &bytes, &size) != 0) return 6;
    gvFreeRenderData(bytes);
    gvFreeLayout(context, graph);
    agclose(graph);
    gvFreeContext(context);
    return 0;
}
