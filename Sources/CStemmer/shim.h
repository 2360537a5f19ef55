// Snowball's libstemmer, as installed by Debian's libstemmer-dev.
#include <libstemmer.h>
