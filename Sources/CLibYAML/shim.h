// libyaml (Debian's libyaml-dev, found through pkg-config `yaml-0.1`): SeamsModel reads YAML from
// its event stream, so every node keeps its line and column.
#include <yaml.h>
