#ifndef GENE2JSON_CCMARK_SHIM_H
#define GENE2JSON_CCMARK_SHIM_H
#include <cmark.h>
#endif
