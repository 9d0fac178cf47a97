#ifndef GPM_CSTEMMER_SHIM_H
#define GPM_CSTEMMER_SHIM_H
// Snowball's stemmers (apt: libstemmer-dev): sb_stemmer_new("english", "UTF_8"), sb_stemmer_stem, …
#include <libstemmer.h>
#endif
