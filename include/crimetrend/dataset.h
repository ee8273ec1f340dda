/* dataset.h - the data model: counts by area x offence x period,
 * populations by area x period, peer groups and the area hierarchy.
 *
 * Names are interned once and referred to by small integer ids; counts live
 * in a hash keyed by the packed (area, offence, period) ids, so memory grows
 * with the number of distinct keys, never with the number of input rows
 * (and, when months are aggregated while loading, with the number of
 * longer periods).
 * A cell records why it may lack a count: a missing count is never 0.
 *
 * Where it sits: the dataset (read -> dataset -> rates/change -> ...):
 * what the readers fill and every statistic and table reads.
 *
 *     // populations: area A, 1,000 in 2015 and 1,100 in 2016
 *     ct_period fy;  ct_period_parse("2015/16", 7, &fy);
 *     double pop;
 *     ct_dataset_population(ds, a, fy, CT_POP_RULE_JUNE30, &pop, NULL);
 *     // pop 1000: 30 June 2015 falls in April 2015 to March 2016
 *     ct_dataset_population(ds, a, fy, CT_POP_RULE_END, &pop, NULL);
 *     // pop 1100: the period ends in 2016
 *     (asserted by test_dataset_population_by_rule in
 *     tests/unit/test_dataset.c)
 */
#ifndef CRIMETREND_DATASET_H
#define CRIMETREND_DATASET_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/period.h"
#include "crimetrend/cell.h"

typedef struct ct_dataset ct_dataset;
typedef uint32_t ct_dataset_id;
#define CT_DATASET_NO_ID ((ct_dataset_id)0xffffffffu)

/* Creates an empty dataset; NULL when out of memory. */
ct_dataset *ct_dataset_new(void);

/* Frees the dataset and every name it interned.  NULL is allowed. */
void ct_dataset_free(ct_dataset *ds);

/* Interns a name of 'len' bytes (not NUL-terminated) and sets '*id'; the
 * same name always gets the same id.  Ids count up from 0 in order of first
 * appearance. */
ct_status ct_dataset_intern_area(ct_dataset *ds, const char *name, size_t len,
                                 ct_dataset_id *id, ct_error *err);
ct_status ct_dataset_intern_offence(ct_dataset *ds, const char *name,
                                    size_t len, ct_dataset_id *id, ct_error *err);
ct_status ct_dataset_intern_period(ct_dataset *ds, ct_period p, ct_dataset_id *id,
                                   ct_error *err);

/* Looks a name up without adding it; CT_DATASET_NO_ID when absent. */
ct_dataset_id ct_dataset_find_area(const ct_dataset *ds, const char *name);
ct_dataset_id ct_dataset_find_offence(const ct_dataset *ds, const char *name);
ct_dataset_id ct_dataset_find_period(const ct_dataset *ds, ct_period p);

/* Looks a name up as a person types it: ASCII case ignored, runs of
 * spaces as one, blanks at either end ignored, and "&" the same as "and"
 * ("barking & DAGENHAM" finds "Barking and Dagenham").  An exact match
 * wins; CT_DATASET_NO_ID when none. */
ct_dataset_id ct_dataset_match_area(const ct_dataset *ds, const char *name);
ct_dataset_id ct_dataset_match_offence(const ct_dataset *ds, const char *name);

/* Up to 'max' names of areas (areas true) or offences nearest to 'name'
 * by edit distance on the forms compared above, nearest first (ties by
 * name), and only those close enough to be a likely typing slip (a
 * distance of at most a third of the longer name, and at least 2).  Sets
 * 'out[i]' to names valid until ct_dataset_free(); returns how many. */
size_t ct_dataset_suggest(const ct_dataset *ds, bool areas, const char *name,
                          const char **out, size_t max);

/* Marks an area as a national total (a comparator, never an area among
 * others), and asks whether it is one: marked, or named like one ("United
 * States", "United States Total", "England and Wales", "National",
 * "Total", any name ending " Total"). */
void ct_dataset_mark_national(ct_dataset *ds, ct_dataset_id area);
bool ct_dataset_is_national(const ct_dataset *ds, ct_dataset_id area);

size_t ct_dataset_n_areas(const ct_dataset *ds);
size_t ct_dataset_n_offences(const ct_dataset *ds);
size_t ct_dataset_n_periods(const ct_dataset *ds);

/* Names are valid until ct_dataset_free(); do not free them. */
const char *ct_dataset_area_name(const ct_dataset *ds, ct_dataset_id area);
const char *ct_dataset_offence_name(const ct_dataset *ds, ct_dataset_id offence);
ct_period ct_dataset_period(const ct_dataset *ds, ct_dataset_id period);

/* Records a cell.  A second cell for the same key is an input error naming
 * both lines, unless 'sum' is set, in which case present counts are added
 * (a suppressed or missing part makes the sum suppressed or missing).
 * 'path' and 'line' place the row for messages.  While the dataset is
 * aggregated while loading (ct_dataset_aggregate_begin), the cell is
 * folded into its longer period instead, and 'sum' must be false
 * (CT_STATUS_USAGE otherwise). */
ct_status ct_dataset_add_cell(ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                              ct_dataset_id period, ct_cell_state state, int64_t count,
                              bool sum, const char *path, unsigned long line,
                              ct_error *err);

/* The cell for a key; state CT_CELL_MISSING when there is none. */
ct_cell ct_dataset_cell(const ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                        ct_dataset_id period);

/* True when the dataset holds a cell for the key (of any state): an empty
 * or suppressed cell was given, as opposed to no row at all. */
bool ct_dataset_has_cell(const ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                         ct_dataset_id period);

/* ct_dataset_has_cell and ct_dataset_cell in one lookup: sets '*cell' to
 * the cell for the key (state CT_CELL_MISSING when there is none) and
 * returns whether the dataset holds one. */
bool ct_dataset_get_cell(const ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                         ct_dataset_id period, ct_cell *cell);

/* Number of cells, and the i-th in order of insertion (0 <= i < n). */
size_t ct_dataset_n_cells(const ct_dataset *ds);
ct_cell ct_dataset_cell_at(const ct_dataset *ds, size_t i, ct_dataset_id *area,
                           ct_dataset_id *offence, ct_dataset_id *period);

/* Records the population of 'area' in period 'p' (a calendar year for a
 * mid-year estimate, or any period).  A second, different value for the
 * same key is an input error, and so is a value of 2^63 or more (beyond
 * any count it could divide), naming 'path' and 'line'. */
ct_status ct_dataset_set_population(ct_dataset *ds, ct_dataset_id area, ct_period p,
                                    double population, const char *path,
                                    unsigned long line, ct_error *err);

/* The population of 'area' for period 'p': the population given for
 * exactly that period if there is one, otherwise the mid-year estimate
 * chosen by 'rule'.  Sets '*source' to the period the figure was given
 * for.  Returns false when there is none. */
bool ct_dataset_population(const ct_dataset *ds, ct_dataset_id area, ct_period p,
                           ct_pop_rule rule, double *population,
                           ct_period *source);

/* Sets the fallback every later ct_dataset_population call applies
 * (default CT_POP_EXACT).  '*source' then tells which year was taken. */
void ct_dataset_set_pop_fallback(ct_dataset *ds, ct_pop_fallback f);
ct_pop_fallback ct_dataset_pop_fallback(const ct_dataset *ds);

/* The file and line the population given for 'area' and period 'p' came
 * from ('*path' NULL and 0 when it was derived or is absent). */
unsigned long ct_dataset_population_place(const ct_dataset *ds, ct_dataset_id area,
                                          ct_period p, const char **path);

/* Records where the counts came from (the file name and the number of
 * lines read), so that a message about the counts as a whole can name
 * them.  The path is copied. */
ct_status ct_dataset_set_counts_source(ct_dataset *ds, const char *path,
                                       unsigned long lines, ct_error *err);

/* The counts file recorded above ("" when none), and its lines. */
const char *ct_dataset_counts_path(const ct_dataset *ds);
unsigned long ct_dataset_counts_lines(const ct_dataset *ds);

/* True when any population has been recorded. */
bool ct_dataset_has_populations(const ct_dataset *ds);

/* Adds 'peer' to the peer group of 'area' (most similar areas; membership
 * is one-way).  A repeated pair is ignored; an area cannot be its own peer
 * (it is always counted in its group). */
ct_status ct_dataset_add_peer(ct_dataset *ds, ct_dataset_id area, ct_dataset_id peer,
                              ct_error *err);

/* The peers of 'area', not including the area itself; '*peers' is valid
 * until the dataset changes. */
size_t ct_dataset_peers(const ct_dataset *ds, ct_dataset_id area, const ct_dataset_id **peers);

/* Makes 'parent' the parent of 'child' (a district in a county, a county in
 * a nation).  An area with two parents, or a cycle, is an input error.
 * Near-constant time whatever the depth of the hierarchy (a union-find
 * over the trees), so that a deep hierarchy loads in linear time. */
ct_status ct_dataset_set_parent(ct_dataset *ds, ct_dataset_id child, ct_dataset_id parent,
                                const char *path, unsigned long line,
                                ct_error *err);

/* The parent of 'area', or CT_DATASET_NO_ID. */
ct_dataset_id ct_dataset_parent(const ct_dataset *ds, ct_dataset_id area);

/* The root of the hierarchy above 'area' (itself when it has no parent),
 * in time logarithmic in the number of areas. */
ct_dataset_id ct_dataset_root(const ct_dataset *ds, ct_dataset_id area);

/* Fills in parents from their children, deepest level first: a parent's
 * count for an offence and period is the sum of its children's when the
 * parent has none and every child has a count; a parent's population is
 * the sum of its children's likewise.  Where the parent's figure is given,
 * it is kept and checked: a difference is reported through 'warn' naming
 * both figures. */
ct_status ct_dataset_roll_up(ct_dataset *ds, ct_error_warn_fn warn, void *warn_ctx,
                             ct_error *err);

/* Builds a new dataset whose counts are those of 'src' summed into periods
 * of type 't' (months and quarters into quarters, years, financial years or
 * rolling years).  A period that lacks any of its months (or quarters) is
 * left out and reported through 'warn'; it is never summed partially.
 * Cells already of the target length are copied.  Populations, peers and
 * parents are copied.  '*out' is owned by the caller. */
ct_status ct_dataset_aggregate(const ct_dataset *src, ct_period_type t,
                               ct_dataset **out, ct_error_warn_fn warn,
                               void *warn_ctx, ct_error *err);

/* Aggregation while loading: the same result as ct_dataset_aggregate of
 * the loaded dataset, without ever holding the cells of the rows, so that
 * memory follows the cells of the target periods, not the rows read.
 *
 *     ct_dataset_aggregate_begin(ds, year, &err);
 *     ct_ingest_counts(ds, in, path, &opt, &err);   (opt.sum_duplicates
 *     ct_ingest_population(ds, ...);                  must be false)
 *     ct_dataset_aggregate_end(ds, warn, ctx, &err);
 *     ct_dataset_roll_up(ds, warn, ctx, &err);
 *
 * After _begin, each ct_dataset_add_cell is summed at once into the period
 * of type 't' that holds it; a second row for the same area, offence and
 * period is still an input error naming both lines, returned at once.  The
 * errors of aggregating itself (a period that cannot be split, rows that
 * overlap, a sum too large) are kept back and returned by _end, with the
 * line of the row and no path, exactly as ct_dataset_aggregate returns
 * them: reading errors later in the input come first, as they do when the
 * data are loaded first.  Until _end the dataset shows no cells, and its
 * periods are those of the rows (interned as usual); populations, peers
 * and parents are recorded as usual.  _begin returns CT_STATUS_USAGE when the
 * dataset already holds cells or is being aggregated. */
ct_status ct_dataset_aggregate_begin(ct_dataset *ds, ct_period_type t,
                                     ct_error *err);

/* Ends aggregation while loading: the dataset's periods become the target
 * periods (ids in order of their first row) and its cells the complete
 * target cells, in order of their first row; a period lacking any of its
 * months is left out and reported through 'warn', once per period, as by
 * ct_dataset_aggregate.  On error (the first kept back by the rows, or
 * CT_STATUS_NOMEM) the dataset holds no cells.  CT_STATUS_USAGE when
 * ct_dataset_aggregate_begin was not called. */
ct_status ct_dataset_aggregate_end(ct_dataset *ds, ct_error_warn_fn warn,
                                   void *warn_ctx, ct_error *err);

/* Period ids ordered by ct_period_compare; 'ids' has room for
 * ct_dataset_n_periods() entries.  Returns how many were written. */
size_t ct_dataset_sorted_periods(const ct_dataset *ds, ct_dataset_id *ids);

/* The offence name of the total that compare adds when the data has none:
 * the sum of every offence except anti-social behaviour (incidents, not
 * notifiable crimes). */
#define CT_DATASET_ALL_CRIME "All crime"

/* Adds, for every area and period where every offence has a count, the
 * total CT_DATASET_ALL_CRIME (excluding any offence named "Anti-social behaviour")
 * unless the dataset already has an offence of that name. */
ct_status ct_dataset_add_total(ct_dataset *ds, ct_error *err);

#endif
