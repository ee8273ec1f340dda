/* test_claim_real.c - scores the claim finder and checker on real
 * published sentences (the .txt files of tests/data/check/real, format in
 * tests/data/check/README.md): each passage is searched and checked as
 * `crimetrend check` would, and the list of its verdicts is compared with
 * the one worked out by hand.  Prints the score of each language and
 * every miss; fails when a language scores below 95% or when more than 1%
 * of the claims published right (expected consistent*) are called
 * inconsistent. */
#include "real_corpus.h"

#include "crimetrend/claim.h"
#include "crimetrend/claim_find.h"

enum { MAX_LANGS = 8 };

typedef struct score {
    char lang[8];
    size_t items, right;
    size_t correct_claims;   /* claims expected consistent* */
    size_t false_alarms;     /* of those, called inconsistent */
} score;

static score scores[MAX_LANGS];
static size_t n_scores;

static score *score_of(const char *id)
{
    char lang[8];
    size_t k = 0;
    /* The language is the letters the id opens with: "en-012", and
     * "en21x-004" of a held-out set kept in missed/. */
    while (id[k] >= 'a' && id[k] <= 'z' && k + 1 < sizeof lang) {
        lang[k] = id[k];
        k++;
    }
    lang[k] = '\0';
    for (size_t i = 0; i < n_scores; i++)
        if (strcmp(scores[i].lang, lang) == 0)
            return &scores[i];
    assert_true(n_scores < MAX_LANGS);
    score *s = &scores[n_scores++];
    memset(s, 0, sizeof *s);
    memcpy(s->lang, lang, k + 1);
    return s;
}

/* The verdicts of a passage, space-separated, or "none". */
static void verdicts_of(const char *text, char *out, size_t size,
                        char *detail, size_t dsize)
{
    ct_claim_set *set = real_corpus_checked_claims(text, strlen(text), "real",
                                                     true);
    out[0] = detail[0] = '\0';
    size_t n = ct_claim_set_size(set);
    for (size_t i = 0; i < n; i++) {
        const ct_claim *c = ct_claim_set_get(set, i);
        size_t k = strlen(out);
        snprintf(out + k, size - k, "%s%s", i ? " " : "",
                 ct_claim_verdict_name(c->verdict));
        k = strlen(detail);
        snprintf(detail + k, dsize - k, "\n      [%s] %s: %s", c->text,
                 ct_claim_verdict_name(c->verdict),
                 c->explanation[0] ? c->explanation : c->detail);
    }
    if (n == 0)
        snprintf(out, size, "none");
    ct_claim_set_free(set);
}

/* Splits "a b c" into words (in place); returns how many. */
static size_t split_words(char *s, char **w, size_t max)
{
    size_t n = 0;
    for (char *p = strtok(s, " \t"); p != NULL && n < max;
         p = strtok(NULL, " \t"))
        w[n++] = p;
    return n;
}

static void score_item(const char *id, const char *expect, char *text,
                       void *ctx)
{
    (void)ctx;
    char got[512], detail[4096];
    verdicts_of(text, got, sizeof got, detail, sizeof detail);
    score *s = score_of(id);
    s->items++;
    char e_copy[512], g_copy[512];
    snprintf(e_copy, sizeof e_copy, "%s", expect);
    snprintf(g_copy, sizeof g_copy, "%s", got);
    char *ew[32], *gw[32];
    size_t ne = split_words(e_copy, ew, 32), ng = split_words(g_copy, gw, 32);
    bool same = ne == ng;
    for (size_t i = 0; same && i < ne; i++)
        same = strcmp(ew[i], gw[i]) == 0;
    if (same)
        s->right++;
    else
        print_message("miss %s: expected %s, got %s%s\n", id, expect, got,
                      detail);
    /* A claim published right and called inconsistent: position by
     * position when the lists line up, else any inconsistent verdict
     * where none was expected. */
    bool any_inconsistent_expected = false;
    for (size_t i = 0; i < ne; i++)
        if (strcmp(ew[i], "inconsistent") == 0)
            any_inconsistent_expected = true;
    for (size_t i = 0; i < ne; i++) {
        if (strncmp(ew[i], "consistent", 10) != 0)
            continue;
        s->correct_claims++;
        bool alarm = ne == ng ? strcmp(gw[i], "inconsistent") == 0 : false;
        if (ne != ng && !any_inconsistent_expected)
            for (size_t j = 0; j < ng; j++)
                if (strcmp(gw[j], "inconsistent") == 0)
                    alarm = true;
        if (alarm)
            s->false_alarms++;
    }
}

/* The least share of passages a language must get right, from the line
 * "LANG PERCENT" of the corpus folder's 'floor' file (95 when the file
 * does not name the language).  The floor only ever rises: it records the
 * score reached, so that no change can lower it unnoticed. */
static double floor_for(const char *dir, const char *lang)
{
    char path[512], line[128];
    snprintf(path, sizeof path, "%s/floor", dir);
    double pct = 95.0;
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return pct;
    while (fgets(line, sizeof line, f) != NULL) {
        char name[16];
        double v;
        if (line[0] != '#' && sscanf(line, "%15s %lf", name, &v) == 2 &&
            strcmp(name, lang) == 0)
            pct = v;
    }
    fclose(f);
    return pct;
}

static void test_claim_real_corpus(void **state)
{
    (void)state;
    const char *dir = getenv("CT_REAL_DIR") ? getenv("CT_REAL_DIR")
                                             : REAL_DIR;
    assert_true(real_corpus_read_dir(dir, score_item, NULL) > 0);
    bool ok = true;
    for (size_t i = 0; i < n_scores; i++) {
        const score *s = &scores[i];
        double pct = 100.0 * (double)s->right / (double)s->items;
        double fa = s->correct_claims
                        ? 100.0 * (double)s->false_alarms /
                              (double)s->correct_claims
                        : 0.0;
        print_message("%s: %zu of %zu passages right (%.1f%%); %zu of %zu "
                      "claims published right called inconsistent "
                      "(%.1f%%)\n", s->lang, s->right, s->items, pct,
                      s->false_alarms, s->correct_claims, fa);
        /* Thresholds of the project's own corpus: the language's floor
         * of passages right, at most 1% of right claims flagged. */
        double need = floor_for(dir, s->lang);
        if (pct < need) {
            print_message("%s: below the floor of %.1f%%\n", s->lang, need);
            ok = false;
        }
        if (100 * s->false_alarms > s->correct_claims)
            ok = false;
    }
    assert_true(ok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claim_real_corpus),
    };
    return cmocka_run_group_tests_name("claim_real", tests, NULL, NULL);
}
