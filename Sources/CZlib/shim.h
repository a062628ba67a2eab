#ifndef GENE2JSON_CZLIB_SHIM_H
#define GENE2JSON_CZLIB_SHIM_H
#include <zlib.h>
#endif
