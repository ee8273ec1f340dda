/* ingest.h - streaming CSV input: counts, populations, peer groups and the
 * area hierarchy, read with libcsv into a ct_dataset.
 *
 * The reader takes a FILE * the caller opened and a display name for
 * messages; it feeds libcsv one physical line at a time so that every
 * error names its exact line and column.  A line ends at LF, CRLF or a
 * lone CR (old Mac files), in any mix, as an editor counts lines.  A line
 * end inside quotes belongs to the field but still counts as a line; a bad
 * value in a record that spans lines is reported at the line where the
 * record starts.  It handles a UTF-8 BOM, quoted thousands separators
 * ("1,233"), blank trailing rows, padded names and suppression markers,
 * and refuses text that is not UTF-8 (or reads it as Latin-1 when
 * asked).
 *
 * Where it sits: read (read -> dataset -> ...): the CSV files become the
 * cells of a ct_dataset.
 *
 *     ct_dataset *ds = ct_dataset_new();
 *     FILE *in = fopen("counts.csv", "r");
 *     // count,period,offence,area
 *     // 790,YE2014-09,Sexual offences,Oxfordshire
 *     // 1233,YE2015-09,Sexual offences,Oxfordshire
 *     ct_ingest_counts(ds, in, "counts.csv", NULL, &err);
 *     // 2 cells; Oxfordshire, Sexual offences, YE2015-09 holds 1233
 *     (asserted by test_ingest_counts_long_basic in tests/unit/test_ingest.c)
 */
#ifndef CRIMETREND_INGEST_H
#define CRIMETREND_INGEST_H

#include <stdio.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"

typedef enum ct_ingest_layout {
    CT_INGEST_LONG,          /* area,offence,period,count: one row a cell */
    CT_INGEST_WIDE_PERIODS,  /* area,offence,<period>,<period>,...: one
                                column per period (London Datastore) */
    CT_INGEST_WIDE_OFFENCES  /* area,period,population,<offence>,...: one
                                column per offence (FBI UCR state tables) */
} ct_ingest_layout;

typedef struct ct_ingest_options {
    ct_ingest_layout layout;            /* of the counts file */
    const char *area_column;     /* header naming the area column, or NULL
                                    to use the documented aliases */
    const char *offence_column;  /* likewise for the offence */
    const char *period_column;   /* likewise for the period */
    const char *count_column;    /* likewise for the count */
    const char *population_column; /* likewise for the population */
    const char *period;          /* the period of every row, for a file
                                    without a period column, or NULL */
    const char *offences;        /* WIDE_OFFENCES: comma-separated headers
                                    of the offence columns, or NULL for every
                                    column that is not an id column */
    const char *blank_area;      /* name given to rows whose area is empty
                                    (a national total row), or NULL to
                                    refuse them */
    bool sum_duplicates;         /* add rows that share a key instead of
                                    refusing them */
    bool latin1;                 /* read the input as Latin-1, not UTF-8 */
    bool csv_only;               /* send every line of a counts file
                                    through libcsv instead of splitting
                                    lines without a quote directly (for
                                    testing that splitter against it) */
    const char *population_period; /* the period of every row of a
                                    population file without a period
                                    column (e.g. "2017"), or NULL */
    ct_error_warn_fn warn;             /* receives warnings; may be NULL */
    void *warn_ctx;              /* passed to 'warn' */
} ct_ingest_options;

/* Sets every option to its default: long layout, aliases, UTF-8. */
void ct_ingest_options_init(ct_ingest_options *opt);

/* Reads a counts file into 'ds'.  Header names are matched without regard
 * to case, spaces or underscores; extra columns are ignored.  Aliases:
 *   area:    area, csp name, csp, community safety partnership, district,
 *            local authority, borough, force name, force, state_name,
 *            state, name, area_name, area name
 *   offence: offence, offense, crime type, offence description, offence
 *            subgroup, offence group, minor category, major category,
 *            category, crime
 *   period:  period, month, year, financial year, date, quarter
 *   count:   count, number of offences, offences, number, crimes, value,
 *            total
 * (the first alias present wins, in the order above).  Suppressed and
 * empty counts are recorded as such and summarised in one warning.
 * Returns CT_STATUS_INPUT with the place on the first bad row, CT_STATUS_IO on a
 * read error, CT_STATUS_NOMEM. */
ct_status ct_ingest_counts(ct_dataset *ds, FILE *in, const char *path,
                           const ct_ingest_options *opt, ct_error *err);

/* Reads population.csv: area,period,population (aliases: population,
 * pop, residents, mid-year estimate, households).  The period is usually a
 * year (a mid-year estimate) but may be any period. */
ct_status ct_ingest_population(ct_dataset *ds, FILE *in, const char *path,
                               const ct_ingest_options *opt, ct_error *err);

/* Reads peers.csv: area,peer, one row per (focal area, peer) pair. */
ct_status ct_ingest_peers(ct_dataset *ds, FILE *in, const char *path,
                          const ct_ingest_options *opt, ct_error *err);

/* Reads areas.csv: area,parent. */
ct_status ct_ingest_areas(ct_dataset *ds, FILE *in, const char *path,
                          const ct_ingest_options *opt, ct_error *err);


/* One record of a CSV file as strings, for files that are not counts
 * (claims files).  Valid only during the callback. */
typedef struct ct_ingest_row {
    unsigned long line;          /* physical line where the record began */
    size_t n_fields;             /* number of fields */
    const char *const *fields;   /* each trimmed of blanks, NUL-terminated */
    const size_t *lens;          /* their lengths in bytes */
} ct_ingest_row;

/* Receives each record; a status other than CT_STATUS_OK stops the reading and
 * is returned (the callback fills 'err'). */
typedef ct_status (*ct_ingest_row_fn)(void *ctx, const ct_ingest_row *row,
                                   ct_error *err);

/* Reads a CSV file with the same reader as the counts (one physical line
 * at a time, exact line numbers, BOM, LF, CRLF or CR line ends, quoted
 * fields, UTF-8 checked or Latin-1 transcoded) and calls 'fn' for every
 * non-blank record, header included.  CT_STATUS_INPUT with the place for malformed CSV or an
 * empty file, CT_STATUS_IO, CT_STATUS_NOMEM, or the callback's status. */
ct_status ct_ingest_rows(FILE *in, const char *path, bool latin1,
                         ct_ingest_row_fn fn, void *ctx, ct_error *err);

#endif
