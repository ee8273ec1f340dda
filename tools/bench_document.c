/* bench_document.c - times the document readers alone (make bench): reads
 * each FILE given with ct_document_read REPEAT times and prints MB/s, so
 * that reading can be told apart from finding and checking claims. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "crimetrend/document.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int repeat = 5;
    for (int i = 1; i < argc; i++) {
        double start = now();
        size_t bytes = 0, out = 0;
        const char *type = "";
        for (int r = 0; r < repeat; r++) {
            ct_document *doc;
            ct_error err = CT_ERROR_INIT;
            if (ct_document_read(argv[i], NULL, &doc, &err) != CT_STATUS_OK) {
                char buf[700];
                fprintf(stderr, "bench_document: %s\n",
                        ct_error_format(&err, buf, sizeof buf));
                return 1;
            }
            FILE *f = fopen(argv[i], "rb");
            if (f != NULL) {
                fseek(f, 0, SEEK_END);
                bytes += (size_t)ftell(f);
                fclose(f);
            }
            size_t n;
            ct_document_text(doc, &n);
            type = ct_document_type_name(ct_document_type_of(doc));
            out += n;
            ct_document_free(doc);
        }
        double t = (now() - start) / repeat;
        printf("read  %-5s %5.2f MB in %.3f s: %6.1f MB/s (%s, %.2f MB of "
               "text)\n", type,
               (double)bytes / repeat / 1e6, t,
               (double)bytes / repeat / 1e6 / t, argv[i],
               (double)out / repeat / 1e6);
    }
    return 0;
}
