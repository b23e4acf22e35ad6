// The parts of Graphviz (libgvc, libcgraph) that SeamsRender calls: parse DOT text, lay it out,
// render it to memory, and read the library's own error messages.
#ifndef SEAMS_CGRAPHVIZ_SHIM_H
#define SEAMS_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
