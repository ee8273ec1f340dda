/* claim_csv.c - reading claims files (claim_csv.h). */
#include <stdlib.h>
#include <string.h>

#include "crimetrend/claim_csv.h"
#include "crimetrend/ingest.h"
#include "error_set.h"
#include "claim_internal.h"
#include "number_internal.h"

/* ==================================================================== */
/* Claims files                                                          */
/* ==================================================================== */

enum col {
    COL_ID, COL_AREA, COL_OFFENCE, COL_MEASURE, COL_PERIOD, COL_FROM,
    COL_PUBLISHED, COL_PER, COL_NOTE, N_COLS
};

/* Header names, folded (ASCII letters and digits, lower case). */
static const char *const col_names[N_COLS][3] = {
    [COL_ID] = {"id", NULL, NULL},
    [COL_AREA] = {"area", NULL, NULL},
    [COL_OFFENCE] = {"offence", "offense", NULL},
    [COL_MEASURE] = {"measure", NULL, NULL},
    [COL_PERIOD] = {"period", NULL, NULL},
    [COL_FROM] = {"from", NULL, NULL},
    [COL_PUBLISHED] = {"published", NULL, NULL},
    [COL_PER] = {"per", NULL, NULL},
    [COL_NOTE] = {"note", "notes", NULL},
};

static const bool col_required[N_COLS] = {
    [COL_AREA] = true, [COL_OFFENCE] = true, [COL_MEASURE] = true,
    [COL_PERIOD] = true, [COL_PUBLISHED] = true,
};

typedef struct claims_csv {
    ct_claim_set *set;    /* where the claims go */
    const char *source;   /* file name for messages */
    int col[N_COLS];      /* column of each field, or -1 */
    bool have_header;
} claims_csv;

static void fold_name(const char *s, char *out, size_t size)
{
    size_t k = 0;
    for (; *s && k + 1 < size; s++) {
        unsigned char c = (unsigned char)*s;
        if (is_alpha(c) || is_digit(c))
            out[k++] = (char)lower(c);
    }
    out[k] = '\0';
}

static const char *row_field(const claims_csv *cc, const ct_ingest_row *row,
                             enum col col)
{
    int i = cc->col[col];
    return i >= 0 && (size_t)i < row->n_fields ? row->fields[i] : "";
}

static ct_status bad_field(const claims_csv *cc, const ct_ingest_row *row,
                           enum col col, ct_error *err, const char *what,
                           const char *expected)
{
    const char *v = row_field(cc, row, col);
    return ctp_error_set(err, CT_STATUS_INPUT, cc->source, row->line,
                         (unsigned long)cc->col[col] + 1,
                         "%s '%.60s' %s", what, v, expected);
}

/* Reads the period in column 'col' into 'out' as its label, or fails naming
 * the field as 'what'. */
static ct_status period_field(const claims_csv *cc, const ct_ingest_row *row,
                              enum col col, char *out, size_t size,
                              ct_error *err, const char *what,
                              const char *example)
{
    const char *v = row_field(cc, row, col);
    ct_period p;
    if (!ct_period_parse(v, strlen(v), &p)) {
        char expected[120];
        bprintf(expected, sizeof expected,
                "is not a period; expected a label such as %s", example);
        return bad_field(cc, row, col, err, what, expected);
    }
    ct_period_format(p, out, size);
    return CT_STATUS_OK;
}

/* The header row: the column of each field, found by its folded name in
 * any order.  A required column that is missing fails the file at once,
 * naming the header expected. */
static ct_status read_header(claims_csv *cc, const ct_ingest_row *row,
                             ct_error *err)
{
    cc->have_header = true;
    for (int c = 0; c < N_COLS; c++) {
        cc->col[c] = -1;
        for (size_t i = 0; i < row->n_fields && cc->col[c] < 0; i++) {
            char f[64];
            fold_name(row->fields[i], f, sizeof f);
            for (size_t k = 0; k < 3 && col_names[c][k]; k++)
                if (strcmp(f, col_names[c][k]) == 0)
                    cc->col[c] = (int)i;
        }
        if (cc->col[c] < 0 && col_required[c])
            return ctp_error_set(err, CT_STATUS_INPUT, cc->source,
                                 row->line, 0,
                                 "no column '%s'; expected the header "
                                 "id,area,offence,measure,period,from,"
                                 "published,per,note",
                                 col_names[c][0]);
    }
    return CT_STATUS_OK;
}

/* A data row being read into a claim: what the steps of claims_row
 * share. */
typedef struct row_claim {
    const claims_csv *cc;
    const ct_ingest_row *row;
    ct_claim c;
    const char *pub;      /* the published figure as written */
} row_claim;

/* Where the claim is from and what it is about: its place in the file,
 * its id and note, and the area and offence it names, which the check
 * looks up and so may not be empty. */
static ct_status row_cell(row_claim *rc, ct_error *err)
{
    const claims_csv *cc = rc->cc;
    const ct_ingest_row *row = rc->row;
    ct_claim *c = &rc->c;
    bprintf(c->source, sizeof c->source, "%s", cc->source);
    c->line = row->line;
    c->column = 1;
    bprintf(c->id, sizeof c->id, "%s", row_field(cc, row, COL_ID));
    bprintf(c->note, sizeof c->note, "%s", row_field(cc, row, COL_NOTE));
    bprintf(c->area, sizeof c->area, "%s", row_field(cc, row, COL_AREA));
    bprintf(c->offence, sizeof c->offence, "%s",
            row_field(cc, row, COL_OFFENCE));
    if (c->area[0] == '\0')
        return bad_field(cc, row, COL_AREA, err, "area", "is empty; "
                         "expected an area of the dataset");
    if (c->offence[0] == '\0')
        return bad_field(cc, row, COL_OFFENCE, err, "offence", "is empty; "
                         "expected an offence of the dataset");
    return CT_STATUS_OK;
}

/* The measure and its periods.  The 'from' column is the earlier period
 * of a change, but for a share the whole it is taken of, an offence or
 * area name rather than a period. */
static ct_status row_measure(row_claim *rc, ct_error *err)
{
    const claims_csv *cc = rc->cc;
    const ct_ingest_row *row = rc->row;
    ct_claim *c = &rc->c;
    if (!ct_claim_measure_parse(row_field(cc, row, COL_MEASURE), &c->measure))
        return bad_field(cc, row, COL_MEASURE, err, "measure",
                         "is not a measure; expected count, rate, change, "
                         "pct_change, rate_pct_change or share");
    ct_status st = period_field(cc, row, COL_PERIOD, c->period,
                                sizeof c->period, err, "period",
                                "2019, 2015/16 or YE2015-09");
    if (st != CT_STATUS_OK)
        return st;
    const char *from = row_field(cc, row, COL_FROM);
    if (c->measure == CT_CLAIM_SHARE) {
        bprintf(c->whole, sizeof c->whole, "%s", from);
    } else if (from[0] != '\0') {
        st = period_field(cc, row, COL_FROM, c->period_from,
                          sizeof c->period_from, err, "earlier period",
                          "2018");
        if (st != CT_STATUS_OK)
            return st;
    }
    return CT_STATUS_OK;
}

/* The published figure, read as the measure states it, and the base of
 * a rate. */
static ct_status row_published(row_claim *rc, ct_error *err)
{
    const claims_csv *cc = rc->cc;
    const ct_ingest_row *row = rc->row;
    ct_claim *c = &rc->c;
    const char *pub = row_field(cc, row, COL_PUBLISHED);
    rc->pub = pub;
    if (!ct_claim_figure_parse(pub, strlen(pub), &c->published))
        return bad_field(cc, row, COL_PUBLISHED, err, "published figure",
                         "is not a number; expected a figure such as "
                         "6,925,677, -4.1% or 2,109.9");
    if (ctp_claim_measure_is_percent(c->measure))
        c->published.is_percent = true;
    /* A written sign states the direction: "+9.5%" is a rise. */
    bool neg_sign;
    size_t lead = ctp_claim_skip_blanks(pub, strlen(pub), 0);
    if (ctp_number_sign_len(pub + lead, strlen(pub) - lead, &neg_sign) > 0)
        c->direction = neg_sign ? -1 : 1;
    /* Only counts and changes of counts can be exact; a rate or a
     * percentage written "5" still stands for 4.5 to 5.5. */
    if (c->measure != CT_CLAIM_COUNT && c->measure != CT_CLAIM_CHANGE)
        c->published.is_exact = false;
    const char *per = row_field(cc, row, COL_PER);
    if (per[0] != '\0' &&
        (!ct_claim_figure_parse(per, strlen(per), &c->per) ||
         !c->per.is_exact || c->per.value.negative || c->per.value.digits == 0))
        return bad_field(cc, row, COL_PER, err, "rate base",
                         "is not a whole number above 0; expected e.g. "
                         "1000 or 100000");
    return CT_STATUS_OK;
}

/* The claim as a reader would state it, for the results: "T1.2:
 * Shoplifting in Demoshire, per cent change, 2024 on 2023: +16.7%". */
static void row_text(row_claim *rc)
{
    ct_claim *c = &rc->c;
    char what[200], per_text[40];
    ct_claim_figure base = c->per.is_set ? c->per : ctp_claim_fig_count(1000);
    ctp_claim_fig_format(&base, false, per_text, sizeof per_text);
    if (c->measure == CT_CLAIM_SHARE)
        bprintf(what, sizeof what, "share of %s",
                c->whole[0] ? c->whole : "?");
    else
        bprintf(what, sizeof what, "%s", ctp_claim_measure_words(c->measure));
    bprintf(c->text, sizeof c->text, "%s%s%s in %s, %s, %s%s%s: %s%s%s",
            c->id, c->id[0] ? ": " : "", c->offence, c->area, what,
            c->period, c->period_from[0] ? " on " : "", c->period_from,
            rc->pub, c->measure == CT_CLAIM_RATE ? " per " : "",
            c->measure == CT_CLAIM_RATE ? per_text : "");
}

/* One row of a claims file: the header first, then a claim per row, read
 * field by field, the first bad field failing the file. */
static ct_status claims_row(void *ctx, const ct_ingest_row *row, ct_error *err)
{
    claims_csv *cc = ctx;
    if (!cc->have_header)
        return read_header(cc, row, err);
    if (row->n_fields < 2 && row->lens[0] == 0)
        return CT_STATUS_OK;
    row_claim rc;
    memset(&rc, 0, sizeof rc);
    rc.cc = cc;
    rc.row = row;
    ct_claim_init(&rc.c);
    ct_status st = row_cell(&rc, err);
    if (st == CT_STATUS_OK)
        st = row_measure(&rc, err);
    if (st == CT_STATUS_OK)
        st = row_published(&rc, err);
    if (st != CT_STATUS_OK)
        return st;
    row_text(&rc);
    return ct_claim_set_add(cc->set, &rc.c, err);
}

ct_status ct_claim_csv_read(ct_claim_set *set, FILE *in, const char *source,
                            ct_error *err)
{
    claims_csv cc;
    memset(&cc, 0, sizeof cc);
    cc.set = set;
    cc.source = source;
    return ct_ingest_rows(in, source, false, claims_row, &cc, err);
}
