/* incident.h - incident-level records (police.uk street files: one row per
 * crime) streamed into counts by area x offence x period.
 *
 * The caller owns the files: it opens them, reads (or decompresses) them
 * and feeds the bytes in chunks of any size to a reader, one reader per
 * file or per part of a file.  A reader splits records and adds them to an
 * aggregate; memory grows with the number of distinct areas, crime types
 * and periods, never with the number of rows.  Records without a '"' or a
 * carriage return inside the line are split by a block scanner (see
 * ct_incident_scan); any other record goes through libcsv, the parser of
 * record, with identical results and identical errors.  Line numbers are
 * exact.
 *
 * Usage:
 *     ct_incident_agg *agg = ct_incident_agg_new(&opt);
 *     ct_incident_reader *r = ct_incident_reader_new(agg, "f.csv", 0, &err);
 *     while ((n = read(fd, buf, sizeof buf)) > 0)
 *         if (ct_incident_feed(r, buf, n, &err) != CT_STATUS_OK) break;
 *     ct_incident_finish(r, &err);   (a truncated last line is an error)
 *     ct_incident_reader_free(r);
 *     ct_incident_write(agg, stdout, &err);
 *     ct_incident_agg_free(agg);
 *
 * Where it sits: read (read -> dataset -> ...), for police.uk street
 * files; its output is a counts file that ingest.h reads.
 *
 *     ct_incident_district("Cherwell 001A", 13);
 *     // 8: the district "Cherwell", the LSOA name without its code
 *     (asserted by test_district_drops_final_code in
 *     tests/unit/test_incident.c)
 */
#ifndef CRIMETREND_INCIDENT_H
#define CRIMETREND_INCIDENT_H

#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/period.h"

/* The area a row is counted under. */
typedef enum ct_incident_by {
    CT_INCIDENT_BY_DISTRICT,  /* LSOA name without its final space-separated
                                 code: "Cherwell 001A" -> "Cherwell" */
    CT_INCIDENT_BY_LSOA,      /* the LSOA name itself */
    CT_INCIDENT_BY_FORCE      /* the "Falls within" force */
} ct_incident_by;

/* Area of rows whose LSOA name (or force) is empty. */
#define CT_INCIDENT_UNKNOWN_AREA "Unknown location"

/* The crime type that is not a crime, left out unless asked for. */
#define CT_INCIDENT_ASB "Anti-social behaviour"

/* How quote-free lines are split: by a block scanner finding the commas
 * and line ends of 64 bytes at a time (AVX-512, AVX2 or SSE2 where the
 * processor has them, plain C otherwise), or line by line with memchr.  Every choice
 * gives the same counts and errors; the choice is for tests and
 * measurements. */
typedef enum ct_incident_scan {
    CT_INCIDENT_SCAN_BEST,     /* the fastest the processor runs */
    CT_INCIDENT_SCAN_AVX512,   /* AVX-512BW (else the best below it) */
    CT_INCIDENT_SCAN_AVX2,     /* AVX2 (else the best below it) */
    CT_INCIDENT_SCAN_SSE2,     /* SSE2 (else plain C) */
    CT_INCIDENT_SCAN_PORTABLE, /* plain C, 64 bytes at a time */
    CT_INCIDENT_SCAN_NONE      /* memchr, a line at a time */
} ct_incident_scan;

/* What ct_incident_write does with an output period (quarter, year, fy,
 * ye-MM) of which the input holds only some months. */
typedef enum ct_incident_partial {
    CT_INCIDENT_PARTIAL_DROP,  /* leave it out (the default): a part
                                  period is never labelled as a whole */
    CT_INCIDENT_PARTIAL_KEEP   /* keep it, with a 'months' column giving
                                  the months each row covers */
} ct_incident_partial;

typedef struct ct_incident_options {
    ct_incident_by by;            /* what the area is */
    ct_period_type period_type;   /* periods of the output (months by
                                     default) */
    bool include_asb;             /* count anti-social behaviour rows */
    bool skip_bad;                /* skip malformed rows (each is sent to
                                     'warn') instead of stopping */
    bool csv_only;                /* send every record through libcsv (for
                                     testing the fast path against it) */
    ct_incident_scan scan;        /* splitter of quote-free lines */
    bool zero_fill;               /* write a zero row for every area x
                                     offence x month of the input where
                                     the area and the offence both occur
                                     (default on) */
    ct_incident_partial partial;  /* part periods: dropped by default */
    bool latin1;                  /* names are Latin-1, converted to
                                     UTF-8; otherwise a name that is not
                                     valid UTF-8 is a malformed row */
    ct_error_warn_fn warn;              /* receives skipped rows; may be NULL */
    void *warn_ctx;               /* passed to 'warn' */
} ct_incident_options;

/* Row tallies of an aggregate (all readers fed into it). */
typedef struct ct_incident_stats {
    uint64_t rows_read;       /* data rows seen (header and blank lines
                                 excluded) */
    uint64_t rows_used;       /* rows counted */
    uint64_t rows_no_location; /* of the rows counted, those under
                                  CT_INCIDENT_UNKNOWN_AREA */
    uint64_t rows_asb;        /* anti-social behaviour rows left out */
    uint64_t rows_bad;        /* malformed rows skipped (--skip-bad) */
    uint64_t n_keys;          /* distinct (area, crime type, period)
                                 keys, periods of the output type */
} ct_incident_stats;

typedef struct ct_incident_agg ct_incident_agg;
typedef struct ct_incident_reader ct_incident_reader;

/* Sets the defaults: by district, months, ASB left out, stop on a bad
 * row, fast path on, zero rows written, part periods left out, UTF-8. */
void ct_incident_options_init(ct_incident_options *opt);

/* A new, empty aggregate; 'opt' is copied.  NULL when out of memory. */
ct_incident_agg *ct_incident_agg_new(const ct_incident_options *opt);

/* Frees the aggregate.  NULL is allowed. */
void ct_incident_agg_free(ct_incident_agg *agg);

/* A reader adding the records of one file (or part of one) to 'agg'.
 * 'path' names the file in messages (copied).  When 'header' is NULL the
 * first record is the header, which must name the columns Month, Crime
 * type, LSOA name and (for CT_INCIDENT_BY_FORCE) Falls within; otherwise
 * the reader starts after a header and takes its columns from the reader
 * 'header', which has read one.  'first_line' is the number of physical
 * lines before the first byte fed (0 at the start of a file).  NULL, with
 * 'err' set, when out of memory or when 'header' has read no header
 * (CT_STATUS_INPUT). */
ct_incident_reader *ct_incident_reader_new(ct_incident_agg *agg,
                                           const char *path,
                                           const ct_incident_reader *header,
                                           unsigned long first_line,
                                           ct_error *err);

/* Frees the reader (not its aggregate).  NULL is allowed. */
void ct_incident_reader_free(ct_incident_reader *r);

/* Feeds the next 'len' bytes.  Complete lines are processed at once; a
 * partial last line is kept for the next call.  Returns CT_STATUS_INPUT at
 * the first malformed row unless skip_bad is set (then the row is sent to
 * 'warn' and counted), or CT_STATUS_NOMEM.  After an error the reader must
 * only be freed. */
ct_status ct_incident_feed(ct_incident_reader *r, const char *buf,
                           size_t len, ct_error *err);

/* Feeds bytes up to the first record boundary at or after byte 'stop' of
 * this reader's input (counted from the first byte it was fed), and past
 * the header when the reader reads one, and sets '*used' to the bytes it
 * took from 'buf'; '*done' is set once that boundary is reached (the rest
 * of 'buf' belongs to the next part).  Used
 * to read one part of a file split for several threads. */
ct_status ct_incident_feed_until(ct_incident_reader *r, const char *buf,
                                 size_t len, uint64_t stop, size_t *used,
                                 bool *done, ct_error *err);

/* ---- reading one file as parts (several threads) ----------------------
 *
 * A large plain file is cut into 'n' parts of about equal size.  Part p
 * (p > 0) reads from the byte before its nominal start and begins after
 * the first line feed there, so a line starting exactly at the cut
 * belongs to it; it reads (through ct_incident_feed_until, with a reader
 * given the first part's header) up to the first record boundary at or
 * after its nominal end.  A cut inside a quoted field can fool that
 * guess, so afterwards the parts must join: each ends exactly where the
 * next began.  If they do not, the file is read again in one piece, so
 * the counts never depend on the number of parts.  Warnings and errors of
 * a part carry lines counted from the part's first line: rebased, they
 * count from the start of the file. */

/* Nominal byte range [*start, *end) of part 'part' (0 .. n - 1) of a file
 * of 'size' bytes cut into 'n' parts; the last ends at 'size'. */
void ct_incident_split(uint64_t size, int n, int part, uint64_t *start,
                       uint64_t *end);

/* The byte where a part of nominal start 'start' begins reading: 0 for
 * the first part, else the byte before 'start'. */
uint64_t ct_incident_split_from(uint64_t start);

/* The 'stop' to give ct_incident_feed_until for a part of nominal end
 * 'end' whose first record begins at byte 'begin' of the file: the bytes
 * from 'begin' to 'end' (0 when its first line already runs past its
 * end: the part then takes that line only), or UINT64_MAX for the last
 * part, which reads to the end of the file. */
uint64_t ct_incident_split_stop(uint64_t end, uint64_t begin, bool last);

/* What one part did. */
typedef enum ct_incident_part_state {
    CT_INCIDENT_PART_UNREAD,  /* not read (an earlier part failed) */
    CT_INCIDENT_PART_READ,    /* read to its end without error */
    CT_INCIDENT_PART_FAILED   /* stopped at an error */
} ct_incident_part_state;

typedef struct ct_incident_part {
    ct_incident_part_state state;
    uint64_t begin;        /* byte of the file where its first record
                              begins */
    uint64_t end;          /* byte after its last record */
    unsigned long lines;   /* physical lines it took */
} ct_incident_part;

/* True when the parts' counts can be added up as those of the file: every
 * part up to the first that failed was read, and each ends where the next
 * begins (a part that failed ends the check: its error is the file's). */
bool ct_incident_parts_join(const ct_incident_part *parts, size_t n);

/* The number of lines before part 'part': the lines of the parts before
 * it. */
unsigned long ct_incident_line_base(const ct_incident_part *parts,
                                    size_t part);

/* 'e' with its line counted from the start of the file, for a part that
 * began 'line_base' lines in (a line of 0, not known, stays 0). */
ct_error ct_incident_rebase(const ct_error *e, unsigned long line_base);

/* Bytes the reader has consumed, and physical lines completed. */
uint64_t ct_incident_offset(const ct_incident_reader *r);
unsigned long ct_incident_lines(const ct_incident_reader *r);

/* Ends the input: a last line without a newline, or a quoted field never
 * closed, is an input error (a truncated file), even under skip_bad.  A
 * file without a header is an input error. */
ct_status ct_incident_finish(ct_incident_reader *r, ct_error *err);

/* Adds every count of 'src' to 'dst' (their options must agree). */
ct_status ct_incident_merge(ct_incident_agg *dst, const ct_incident_agg *src,
                            ct_error *err);

/* The row tallies of the aggregate (rows_* counted by its readers,
 * and those of aggregates merged into it). */
void ct_incident_stats_get(const ct_incident_agg *agg,
                           ct_incident_stats *out);

/* The months the input holds: those with at least one well-formed row
 * (anti-social behaviour included, counted or not).  Their span runs from
 * the first to the last; a month inside it with no row is a gap (most
 * likely a month file missing), never taken as a month of zeros.
 * '*first' and '*last' are month indexes (ct_period_month_index); false when the
 * aggregate holds no month. */
bool ct_incident_span(const ct_incident_agg *agg, int32_t *first,
                      int32_t *last);

/* True when the input holds a row of month 'month'. */
bool ct_incident_has_month(const ct_incident_agg *agg, int32_t month);

/* The months of the input that period 'p' holds (0 .. p.n_months): a
 * period is whole when it holds all of its months. */
int ct_incident_months_held(const ct_incident_agg *agg, ct_period p);

/* Sends to 'warn' one warning for the gap months inside the span, if any,
 * and one for each output period of the span that is not whole, naming it
 * and the months it holds: left out (CT_INCIDENT_PARTIAL_DROP) or kept
 * with a months column (CT_INCIDENT_PARTIAL_KEEP).  Returns the number of
 * warnings sent. */
size_t ct_incident_warn_periods(const ct_incident_agg *agg, ct_error_warn_fn warn,
                                void *ctx);

/* Writes the counts as the engine's long CSV, "area,offence,period,count",
 * sorted by area and offence (byte order) and period (chronological),
 * months summed into the option's period type.  With zero_fill, every
 * area x offence x output period of the span is written, 0 when no row
 * counted there, for every area and every offence that occur in the input
 * (an offence counted nowhere, such as anti-social behaviour left out, is
 * not an offence of the output); without it only counts above 0 are
 * written.  Gap months, and the periods that hold no month, are never
 * written.  A period that is not whole is left out, or with
 * CT_INCIDENT_PARTIAL_KEEP written with a fifth column, "months", the
 * months of the period the input holds (the column is on every row then;
 * month output never has it).  CT_STATUS_IO when a write fails,
 * CT_STATUS_NOMEM. */
ct_status ct_incident_write(const ct_incident_agg *agg, FILE *out,
                            ct_error *err);

/* What a file of a police.uk download is, by its name (the last part of
 * a path or an archive member name; a final ".gz" is looked through):
 * police.uk publishes, for each force and month, a street file
 * ("2018-10-thames-valley-street.csv"), an outcomes file ("...-outcomes.csv")
 * and a stop-and-search file ("...-stop-and-search.csv"), as a zip archive
 * of month folders or unpacked.  Any other ".csv" is taken as a street file
 * (its header decides), ".zip" is an archive, anything else is of no known
 * kind. */
typedef enum ct_incident_kind {
    CT_INCIDENT_KIND_STREET,       /* counted */
    CT_INCIDENT_KIND_OUTCOMES,     /* holds no crimes of its own: skipped */
    CT_INCIDENT_KIND_STOP_SEARCH,  /* holds no crimes: skipped */
    CT_INCIDENT_KIND_ZIP,          /* an archive to read inside */
    CT_INCIDENT_KIND_OTHER         /* none of these: an error in a walk */
} ct_incident_kind;

ct_incident_kind ct_incident_file_kind(const char *name);

/* The district of an LSOA name: the name up to its last space when the
 * part after it starts with a digit ("Cherwell 001A" -> "Cherwell"), else
 * the whole name.  Returns the length of the district; 's' is not
 * changed. */
size_t ct_incident_district(const char *s, size_t len);

#endif
