/* real_corpus.h - reads the real-claims corpus (tests/data/check/real,
 * format in its README.md) for the tests that score it: each item's id,
 * its expected verdicts and its passage, handed to a callback in file
 * order. */
#ifndef CT_TEST_REAL_CORPUS_H
#define CT_TEST_REAL_CORPUS_H

#include "test_support.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/claim.h"
#include "crimetrend/claim_find.h"

#define REAL_DIR "tests/data/check/real"

/* Called once per item: 'text' is the passage without its trailing blank
 * lines, and may be changed by the callee. */
typedef void (*real_item_fn)(const char *id, const char *expect, char *text,
                             void *ctx);

static inline void real_corpus_emit(const char *id, const char *expect,
                                    char *text, size_t len, real_item_fn fn,
                                    void *ctx)
{
    while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == ' ' ||
                       text[len - 1] == '\r'))
        len--;
    text[len] = '\0';
    fn(id, expect, text, ctx);
}

/* Copies the value of a "key: value" line without its line end. */
static inline void real_corpus_field(const char *value, char *out,
                                     size_t size)
{
    size_t k = strcspn(value, "\r\n");
    if (k >= size)
        k = size - 1;
    memcpy(out, value, k);
    out[k] = '\0';
}

/* Reads one corpus file, calling 'fn' for each item. */
static inline void real_corpus_read(const char *path, real_item_fn fn,
                                    void *ctx)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[8192], id[64] = "", expect[512] = "";
    static char text[65536];
    bool in_text = false;
    size_t tl = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "@@ ", 3) == 0) {
            if (id[0])
                real_corpus_emit(id, expect, text, tl, fn, ctx);
            real_corpus_field(line + 3, id, sizeof id);
            id[strcspn(id, " ")] = '\0';
            expect[0] = '\0';
            in_text = false;
            tl = 0;
        } else if (!id[0]) {
            continue;
        } else if (in_text) {
            size_t k = strlen(line);
            assert_true(tl + k < sizeof text);
            memcpy(text + tl, line, k);
            tl += k;
        } else if (strncmp(line, "expect:", 7) == 0) {
            real_corpus_field(line + 7, expect, sizeof expect);
        } else if (strncmp(line, "text:", 5) == 0) {
            in_text = true;
        }
    }
    if (id[0])
        real_corpus_emit(id, expect, text, tl, fn, ctx);
    fclose(f);
}

static inline int real_corpus_by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads every .txt file of 'dir' in name order; returns how many. */
static inline size_t real_corpus_read_dir(const char *dir, real_item_fn fn,
                                          void *ctx)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    char *names[64];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL && n < 64) {
        size_t k = strlen(de->d_name);
        if (k > 4 && strcmp(de->d_name + k - 4, ".txt") == 0)
            names[n++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], real_corpus_by_name);
    for (size_t i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        real_corpus_read(path, fn, ctx);
        free(names[i]);
    }
    return n;
}

/* The claims found in 'text' (of 'len' bytes, from the source 'name'),
 * every one checked; fails
 * the test when finding or checking fails.  'join' is the finder's option
 * join_broken_sentences (true by default: a sentence broken across lines
 * is mended).  The caller frees the set. */
static inline ct_claim_set *real_corpus_checked_claims(const char *text,
                                                       size_t len,
                                                       const char *name,
                                                       bool join)
{
    ct_claim_set *set = ct_claim_set_new();
    assert_non_null(set);
    ct_error err = CT_ERROR_INIT;
    ct_claim_find_options fo;
    ct_claim_find_options_init(&fo);
    fo.join_broken_sentences = join;
    assert_int_equal(ct_claim_find_text(set, text, len, name, &fo, &err),
                     CT_STATUS_OK);
    assert_int_equal(ct_claim_check_all(set, NULL, &err), CT_STATUS_OK);
    return set;
}

#endif
