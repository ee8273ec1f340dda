/* cmd_check.c - crimetrend check: read a document (text, Markdown, HTML
 * or PDF; a file or standard input) and/or a claims file, load the dataset named by --data, check every
 * claim in the library and write the verdicts (text, csv, json, or the
 * text annotated).  Exits 1 when a claim is inconsistent. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "crimetrend/claim.h"
#include "crimetrend/claim_csv.h"

/* Opens an input of check's own ("-" is stdin); prints why not and sets
 * the status (3: the input cannot be read). */
static FILE *open_text(const char *path, int *status)
{
    if (strcmp(path, "-") == 0)
        return stdin;
    FILE *f = fopen(path, "r");
    if (f == NULL)
        *status = cli_cannot_open(path, errno);
    return f;
}

/* Places each claim found in the document text where it is in the
 * source: line and column of the file (text, HTML), or page, line and
 * column for a PDF, shown as FILE:PAGE:LINE:COLUMN (the page joins the
 * source name, so that every format carries it). */
static int place_claims(const ct_claim_set *found, const ct_document *doc,
                        const char *shown, bool keep_source,
                        ct_claim_set *set)
{
    ct_error err = CT_ERROR_INIT;
    for (size_t i = 0; i < ct_claim_set_size(found); i++) {
        ct_claim c = *ct_claim_set_get(found, i);
        unsigned long page, line, col;
        ct_document_position(doc, c.offset, &page, &line, &col);
        c.line = line;
        c.column = col;
        if (page > 0 && !keep_source)
            snprintf(c.source, sizeof c.source, "%s:%lu", shown, page);
        if (ct_claim_set_add(set, &c, &err) != CT_STATUS_OK)
            return cli_report(&err);
    }
    return EXIT_OK;
}

/* Reads the document FILE (text, Markdown, HTML or PDF) and finds its
 * claims.  '*doc' is owned by the caller. */
static int load_text(const cli_args *a, ct_claim_set *set, ct_document **doc,
                     const char **shown)
{
    *shown = strcmp(a->dir, "-") == 0 ? "<stdin>" : a->dir;
    if (strcmp(a->dir, "-") != 0) {
        FILE *f = fopen(a->dir, "r");
        if (f == NULL)
            return cli_cannot_open(a->dir, errno);
        fclose(f);
    }
    ct_document_options opt;
    ct_document_options_init(&opt);
    opt.type = a->doc_type;
    opt.encoding = a->encoding;
    if (a->max_size > 0)
        opt.max_bytes = a->max_size;
    opt.warn = cli_warn;
    opt.warn_ctx = (void *)a;
    ct_error err = CT_ERROR_INIT;
    if (ct_document_read(a->dir, &opt, doc, &err) != CT_STATUS_OK) {
        /* A file that cannot be read is unreadable input, like one that
         * cannot be opened. */
        int st = cli_report(&err);
        return err.status == CT_STATUS_IO ? EXIT_INPUT : st;
    }
    size_t len;
    const char *text = ct_document_text(*doc, &len);
    ct_claim_set *found = ct_claim_set_new();
    if (found == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    int status = EXIT_OK;
    ct_claim_find_options fo;
    ct_claim_find_options_init(&fo);
    /* The reader has already joined a sentence broken across a blank
     * line; what is left are paragraph ends. */
    fo.join_broken_sentences = false;
    if (ct_claim_find_text(found, text, len, *shown, &fo, &err) != CT_STATUS_OK)
        status = cli_report(&err);
    else
        status = place_claims(found, *doc, *shown, a->annotate, set);
    ct_claim_set_free(found);
    return status;
}

static int load_claims(const cli_args *a, ct_claim_set *set)
{
    int status = EXIT_OK;
    FILE *f = open_text(a->claims, &status);
    if (f == NULL)
        return status;
    const char *shown = strcmp(a->claims, "-") == 0 ? "<stdin>" : a->claims;
    ct_error err = CT_ERROR_INIT;
    ct_status st = ct_claim_csv_read(set, f, shown, &err);
    if (f != stdin)
        fclose(f);
    return st == CT_STATUS_OK ? EXIT_OK : cli_report(&err);
}

/* Loads --data as the engine loads DIR, with the same options. */
static int load_data(const cli_args *a, ct_dataset **ds)
{
    if (strcmp(a->data, "-") != 0 && access(a->data, F_OK) != 0)
        return cli_cannot_open(a->data, errno);
    cli_args d = *a;
    d.dir = a->data;
    return cli_load_dataset(&d, ds);
}

typedef struct results_fill {
    const cli_args *a;
    const ct_claim_set *set;
    const char *text;
    size_t len;
    const char *shown;
} results_fill;

static ct_status fill_results(FILE *out, const void *ctx, ct_error *err)
{
    const results_fill *r = ctx;
    if (r->a->annotate)
        return ct_claim_annotate(r->set, r->text, r->len, r->shown, out, err);
    if (r->a->format == CT_FORMAT_TEXT)
        return ct_claim_write_text(r->set, out, err);
    ct_table *t = NULL;
    ct_status st = ct_claim_table(r->set, &t, err);
    if (st == CT_STATUS_OK)
        st = ct_table_write(t, r->a->format, out, err);
    ct_table_free(t);
    return st;
}

static int write_results(const cli_args *a, const ct_claim_set *set,
                         const char *text, size_t len, const char *shown)
{
    results_fill r = {a, set, text, len, shown};
    return cli_output_write(a->output, fill_results, &r);
}

/* The command once its options are parsed; 'a' is freed by the caller. */
static int check(const cli_command *cmd, cli_args *a)
{
    int status;
    if (a->dir == NULL && a->claims == NULL)
        return cli_usage_error(cmd, "nothing to check; give a text FILE "
                               "(- for standard input) or --claims FILE");
    if (a->claims != NULL && a->data == NULL)
        return cli_usage_error(cmd, "--claims needs --data, the dataset "
                               "the claims refer to");
    if (a->annotate && a->dir == NULL)
        return cli_usage_error(cmd, "--annotate needs a text FILE");
    int n_stdin = (a->dir && strcmp(a->dir, "-") == 0) +
                  (a->claims && strcmp(a->claims, "-") == 0) +
                  (a->data && strcmp(a->data, "-") == 0) +
                  (a->counts && strcmp(a->counts, "-") == 0);
    if (n_stdin > 1)
        return cli_usage_error(cmd, "only one input can be standard input");

    ct_dataset *ds = NULL;
    ct_claim_set *set = ct_claim_set_new();
    ct_document *doc = NULL;
    const char *text = NULL;
    size_t len = 0;
    const char *shown = "";
    if (set == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    if (a->data != NULL && (status = load_data(a, &ds)) != EXIT_OK)
        goto out;
    if (a->dir != NULL &&
        (status = load_text(a, set, &doc, &shown)) != EXIT_OK)
        goto out;
    if (doc != NULL)
        text = ct_document_text(doc, &len);
    if (a->claims != NULL && (status = load_claims(a, set)) != EXIT_OK)
        goto out;

    ct_claim_options opt;
    ct_claim_options_init(&opt);
    opt.data = ds;
    opt.pop_rule = a->query.pop_rule;
    ct_error err = CT_ERROR_INIT;
    if (ct_claim_check_all(set, &opt, &err) != CT_STATUS_OK) {
        status = cli_report(&err);
        goto out;
    }
    status = write_results(a, set, text, len, shown);
    if (status == EXIT_OK &&
        ct_claim_set_count(set, CT_CLAIM_INCONSISTENT) > 0)
        status = EXIT_WRONG;
out:
    ct_document_free(doc);
    ct_claim_set_free(set);
    ct_dataset_free(ds);
    return status;
}

int cmd_check(const cli_command *cmd, int argc, char **argv)
{
    return cli_run(cmd, argc, argv, check);
}
