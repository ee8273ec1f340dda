/* peergroup.h - peer groups ("most similar areas") built from the areas'
 * own characteristics, for any geography, written as the peers.csv that
 * `compare` reads.
 *
 * What the Home Office and HMIC document about most similar groups is
 * followed (METHODS-ADDENDUM §C.1: groups from demographic, social and
 * economic variables related to crime, up to seven peers, one-way lists,
 * weights from a regression of crime on the variables being the Home
 * Office's account of its own method only in a third-party source).
 * What they do not document (§C.2: standardisation, weights, distance,
 * ties) is crimetrend's design, following §C.4 and the documented
 * analogues of §C.3 (CIPFA nearest neighbours, the NICHE tool, ONS
 * statistical nearest neighbours):
 *   - each variable standardised to z-scores with the sample SD (R's
 *     scale()), or by rank (ties averaged) then z-scored;
 *   - weights equal, given, or the absolute standardised coefficients of
 *     a least-squares regression of the crime rate on the variables,
 *     scaled to average 1;
 *   - distance sqrt(sum_j w_j (z_aj - z_bj)^2), the k nearest other areas,
 *     ties broken by area name;
 *   - stability: each area's group recomputed without each variable in
 *     turn, and the Jaccard overlap |A n B| / |A u B| of the two groups.
 *
 * Where it sits: compare/trend/funnel (read -> dataset -> rates/change ->
 * compare/trend/funnel -> ...): its peers.csv is what ct_tables_compare
 * (tables.h) reads.
 *
 *     ct_peergroup_options o;  ct_peergroup_options_init(&o);
 *     o.k = 2;
 *     ct_peergroup_build(d, &o, &g, &err);
 *     // METHODS-ADDENDUM §C.5's six areas: P's group is Q (d 0.60053)
 *     // then T (d 1.67188); S's is U (0.50448) then R (0.59000)
 *     (asserted by test_worked_example_groups_and_distances in
 *     tests/unit/test_peergroup.c)
 */
#ifndef CRIMETREND_PEERGROUP_H
#define CRIMETREND_PEERGROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/model.h"
#include "crimetrend/table.h"
#include "crimetrend/tables.h"

/* The covariates: one value (or none) per area and variable. */
typedef struct ct_peergroup_data ct_peergroup_data;

typedef struct ct_peergroup_read_options {
    const char *area_column;     /* header of the area column, or NULL to
                                    look for area, Area_name, Area name,
                                    Name, Code (the first present) */
    const char *const *variables;/* the variable columns (wide) or names
                                    (long) to use, or NULL for every
                                    numeric one */
    size_t n_variables;
    bool latin1;                 /* the file is Latin-1 */
    ct_error_warn_fn warn;             /* columns left out; may be NULL */
    void *warn_ctx;
} ct_peergroup_read_options;

void ct_peergroup_read_options_init(ct_peergroup_read_options *o);

/* Reads covariates, long (columns area,variable,value, in any order,
 * detected from the header) or wide (the area column and one column per
 * variable).  Missing values (empty, NaN, .., [x] and the other
 * suppression markers) are kept as missing, never 0.  A value that is not
 * a number is CT_STATUS_INPUT naming the line and column, in a chosen
 * variable; without a chosen list, a wide column holding any text is not
 * a variable (a warning names it).  A repeated area (wide) or area and
 * variable (long) is CT_STATUS_INPUT naming both lines.  Rows without an
 * area (blank trailing rows) are skipped. */
ct_status ct_peergroup_read(FILE *in, const char *path,
                            const ct_peergroup_read_options *o,
                            ct_peergroup_data **out, ct_error *err);

void ct_peergroup_data_free(ct_peergroup_data *d);

size_t ct_peergroup_data_n_areas(const ct_peergroup_data *d);
size_t ct_peergroup_data_n_variables(const ct_peergroup_data *d);
const char *ct_peergroup_data_area(const ct_peergroup_data *d, size_t i);
const char *ct_peergroup_data_variable(const ct_peergroup_data *d, size_t j);
/* The value of area i, variable j; false when missing. */
bool ct_peergroup_data_value(const ct_peergroup_data *d, size_t i, size_t j,
                             double *v);

/* Builds covariates from memory (for tests and callers with their own
 * reader): 'values' is n_areas x n_variables row-major, NaN for missing. */
ct_status ct_peergroup_data_from_matrix(const char *const *areas, size_t n_areas,
                                        const char *const *variables, size_t n_variables,
                                        const double *values,
                                        ct_peergroup_data **out,
                                        ct_error *err);

typedef enum ct_peergroup_weighting {
    CT_PEERGROUP_EQUAL = 0,   /* every variable weighs 1 */
    CT_PEERGROUP_GIVEN,       /* weights named by the caller */
    CT_PEERGROUP_REGRESSION   /* |standardised OLS coefficient| of the
                                 crime rate on the variables */
} ct_peergroup_weighting;

typedef struct ct_peergroup_options {
    size_t k;                      /* peers per area (default 7, HMIC's
                                      "up to seven") */
    ct_model_scale scale;          /* z-score (default) or rank */
    ct_peergroup_weighting weighting;
    const char *const *weight_names; /* GIVEN: variables and their */
    const double *weight_values;     /* weights; unnamed ones weigh 1 */
    size_t n_weights;
    const double *rate;            /* REGRESSION: the crime rate of each
                                      area of the data (NaN when unknown),
                                      or NULL to use 'rate_variable' */
    const char *rate_variable;     /* REGRESSION: a variable of the data
                                      holding the rate; it is then not a
                                      distance variable */
    bool drop_areas;               /* a missing value leaves the area out
                                      (no group, in no group) instead of
                                      the variable */
    bool stability;                /* leave-one-variable-out check (default
                                      on) */
    int threads;                   /* threads for the distances (default 1;
                                      the result is the same for any) */
    ct_error_warn_fn warn;               /* what was left out, and why */
    void *warn_ctx;
    const char *path;              /* the covariates file, for messages */
} ct_peergroup_options;

void ct_peergroup_options_init(ct_peergroup_options *o);

/* The groups, with everything needed to report them. */
typedef struct ct_peergroup ct_peergroup;

/* Fewer areas left than k + 1, a variable that is the same in every area,
 * no variable left, an unknown variable in the weights or the rate:
 * CT_STATUS_INPUT (or CT_STATUS_USAGE for names the caller gave) naming it. */
ct_status ct_peergroup_build(const ct_peergroup_data *d,
                             const ct_peergroup_options *o,
                             ct_peergroup **out, ct_error *err);

void ct_peergroup_free(ct_peergroup *g);

/* Areas with a group, in name order; their names; the k peers of area i
 * (indexes into the same list), nearest first, and their distances. */
size_t ct_peergroup_n_areas(const ct_peergroup *g);
const char *ct_peergroup_area(const ct_peergroup *g, size_t i);
const size_t *ct_peergroup_members(const ct_peergroup *g, size_t i,
                                   const double **distances);
size_t ct_peergroup_k(const ct_peergroup *g);

/* Variables used for the distance, their weights (after scaling) and
 * whether each is a linear combination of the ones before it. */
size_t ct_peergroup_n_variables(const ct_peergroup *g);
const char *ct_peergroup_variable(const ct_peergroup *g, size_t j);
double ct_peergroup_weight(const ct_peergroup *g, size_t j);
bool ct_peergroup_dependent(const ct_peergroup *g, size_t j);

/* Mean Jaccard overlap of area i's group with its groups leaving each
 * variable out in turn (NaN without the check), and whether the group is
 * "stable": every leave-one-out group keeps at least half of the members
 * (Jaccard >= 1/3), crimetrend's own threshold. */
double ct_peergroup_stability(const ct_peergroup *g, size_t i, bool *stable);

/* Columns area,peer: one row per area and peer, nearest first, as
 * `compare` reads peers.csv. */
ct_status ct_peergroup_peers_table(const ct_peergroup *g, ct_table **out,
                                   ct_error *err);

/* Columns area,peer,rank,distance,top_variables,stability,stable: the
 * distance table, top_variables naming the three variables that make up
 * most of the squared distance with their shares ("density 61%, ...").
 * The notes state the method, the weights, the variables that are linear
 * combinations, the stability summary and the sources. */
ct_status ct_peergroup_distance_table(const ct_peergroup *g, ct_table **out,
                                      ct_error *err);

/* The crime rate per 'q->per' of each area of 'd' from a dataset: the sum
 * of the counts of q's offences (all when none are named) in q->period
 * (default the latest) over the population.  rate[i] is NaN for an area
 * the dataset lacks, or without a count or population (a warning each). */
ct_status ct_peergroup_rate_from_dataset(const ct_peergroup_data *d,
                                         const ct_dataset *ds,
                                         const ct_tables_query *q, double *rate,
                                         ct_error_warn_fn warn, void *warn_ctx,
                                         ct_error *err);

#endif
