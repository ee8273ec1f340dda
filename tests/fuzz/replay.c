/* replay.c - runs a harness on the files named on the command line, for
 * compilers without libFuzzer: `make check` replays every input a fuzzer
 * ever found (tests/fuzz/regressions/) under ASan and UBSan this way. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_support.h"

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (f == NULL) {
            perror(argv[i]);
            return 1;
        }
        size_t cap = 1 << 16, n = 0, got;
        unsigned char *buf = malloc(cap);
        while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
            n += got;
            if (n == cap) {
                unsigned char *more = realloc(buf, cap *= 2);
                if (more == NULL)
                    free(buf);
                buf = more;
            }
        }
        fclose(f);
        if (buf == NULL) {
            fputs("replay: out of memory\n", stderr);
            return 1;
        }
        LLVMFuzzerTestOneInput(buf, n);
        free(buf);
    }
    return 0;
}
