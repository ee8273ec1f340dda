/* test_peergroup.c - peer groups from covariates: the worked example of
 * METHODS-ADDENDUM §C.5, planted clusters recovered exactly, rank
 * standardisation, regression weights, the linear-combination and
 * stability checks, reading long and wide files, bad input, and the GLA
 * borough profiles (inner and outer London). */
#include "test_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "crimetrend/crimetrend.h"

static const char *const c5_areas[] = {"P", "Q", "R", "S", "T", "U"};
static const char *const c5_vars[] = {"density", "lone_parent", "terraced"};
static const double c5[18] = {
    45.2, 8.1, 31.0, 38.9, 7.4, 28.5, 12.3, 5.2, 18.0,
    10.8, 5.9, 21.4, 60.4, 9.8, 40.2, 15.1, 6.6, 19.9,
};

/* The data of an n x p matrix 'x' (areas by variables), which must be
 * accepted. */
static ct_peergroup_data *matrix_data(const char *const *areas, size_t n,
                                      const char *const *vars, size_t p,
                                      const double *x)
{
    ct_peergroup_data *d = NULL;
    assert_int_equal(ct_peergroup_data_from_matrix(areas, n, vars, p, x, &d,
                                                   NULL), CT_STATUS_OK);
    return d;
}

/* Default options with 'k' peers, the warnings collected in 'w'. */
static void options_k_with_log(ct_peergroup_options *o, size_t k,
                               warning_log *w)
{
    ct_peergroup_options_init(o);
    o->k = k;
    w->n = 0;
    w->last[0] = '\0';
    o->warn = note_warning;
    o->warn_ctx = w;
}

static ct_peergroup_data *c5_data(void)
{
    return matrix_data(c5_areas, 6, c5_vars, 3, c5);
}

/* The peers of area 'i' as a string of names, nearest first. */
static void names(const ct_peergroup *g, size_t i, char *buf, size_t size)
{
    const size_t *m = ct_peergroup_members(g, i, NULL);
    buf[0] = '\0';
    for (size_t j = 0; j < ct_peergroup_k(g); j++) {
        strncat(buf, ct_peergroup_area(g, m[j]), size - strlen(buf) - 1);
        if (j + 1 < ct_peergroup_k(g))
            strncat(buf, ",", size - strlen(buf) - 1);
    }
}

static void test_worked_example_groups_and_distances(void **state)
{
    (void)state;
    ct_peergroup_data *d = c5_data();
    ct_peergroup_options o;
    ct_peergroup_options_init(&o);
    o.k = 2;
    ct_peergroup *g = NULL;
    assert_int_equal(ct_peergroup_build(d, &o, &g, NULL), CT_STATUS_OK);
    /* §C.5: P->{Q,T}; Q->{P,U}; R->{S,U}; S->{U,R}; T->{P,Q}; U->{S,R},
     * nearest first; d(P,Q) = 0.60053, d(P,T) = 1.67188, d(Q,U) =
     * 1.61399, d(R,S) = 0.59000, d(S,U) = 0.50448, d(R,U) = 0.88721,
     * d(T,Q) = 2.26399 (five places). */
    static const char *const want[] = {"Q,T", "P,U", "S,U", "U,R", "P,Q",
                                       "S,R"};
    char buf[64];
    for (size_t i = 0; i < 6; i++) {
        assert_string_equal(ct_peergroup_area(g, i), c5_areas[i]);
        names(g, i, buf, sizeof buf);
        assert_string_equal(buf, want[i]);
    }
    const double *dist;
    ct_peergroup_members(g, 0, &dist);
    assert_close(dist[0], 0.60053, 1e-5);
    assert_close(dist[1], 1.67188, 1e-5);
    ct_peergroup_members(g, 1, &dist);
    assert_close(dist[1], 1.61399, 1e-5);
    ct_peergroup_members(g, 2, &dist);
    assert_close(dist[0], 0.59000, 1e-5);
    assert_close(dist[1], 0.88721, 1e-5);
    ct_peergroup_members(g, 3, &dist);
    assert_close(dist[0], 0.50448, 1e-5);
    ct_peergroup_members(g, 4, &dist);
    assert_close(dist[1], 2.26399, 1e-5);
    /* peers.csv: one row per pair, area then peer. */
    ct_table *t = NULL;
    assert_int_equal(ct_peergroup_peers_table(g, &t, NULL), CT_STATUS_OK);
    assert_int_equal(ct_table_n_rows(t), 12);
    assert_string_equal(ct_table_get_string(t, 3, 1), "U");
    ct_table_free(t);
    ct_peergroup_free(g);
    ct_peergroup_data_free(d);
}

/* Four clusters of eight areas in five variables: centres 10 apart,
 * noise SD 0.5 (seeded).  Each area's seven nearest are the other seven
 * of its cluster, and leaving any variable out keeps the groups. */
static void test_planted_clusters_are_recovered_exactly(void **state)
{
    (void)state;
    enum { C = 4, M = 8, P = 5, N = C * M };
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 15);
    char names_buf[N][8];
    const char *areas[N];
    double x[N * P];
    static const char *const vars[P] = {"v1", "v2", "v3", "v4", "v5"};
    for (int i = 0; i < N; i++) {
        /* Names sort in cluster order: c0a.. c3h. */
        snprintf(names_buf[i], sizeof names_buf[i], "c%d%c", i / M,
                 'a' + i % M);
        areas[i] = names_buf[i];
        for (int j = 0; j < P; j++)
            x[i * P + j] = 10.0 * ((i / M + j) % C) +
                           gsl_ran_gaussian(r, 0.5);
    }
    gsl_rng_free(r);
    ct_peergroup_data *d = matrix_data(areas, N, vars, P, x);
    ct_peergroup_options o;
    ct_peergroup_options_init(&o);
    ct_peergroup *g = NULL;
    assert_int_equal(ct_peergroup_build(d, &o, &g, NULL), CT_STATUS_OK);
    assert_int_equal(ct_peergroup_k(g), 7);
    for (size_t i = 0; i < N; i++) {
        const size_t *m = ct_peergroup_members(g, i, NULL);
        for (size_t j = 0; j < 7; j++) {
            assert_int_equal(m[j] / M, i / M);
            assert_true(m[j] != i);
        }
        bool stable;
        assert_close(ct_peergroup_stability(g, i, &stable), 1.0, 1e-12);
        assert_true(stable);
    }
    ct_peergroup_free(g);
    /* Rank standardisation sees the same clusters. */
    o.scale = CT_MODEL_RANK;
    assert_int_equal(ct_peergroup_build(d, &o, &g, NULL), CT_STATUS_OK);
    for (size_t i = 0; i < N; i++) {
        const size_t *m = ct_peergroup_members(g, i, NULL);
        for (size_t j = 0; j < 7; j++)
            assert_int_equal(m[j] / M, i / M);
    }
    ct_peergroup_free(g);
    ct_peergroup_data_free(d);
}

/* 700 random areas (above the size where the work is split): the groups,
 * distances and stability are the same with one thread and with three. */
static void test_threads_give_the_same_groups(void **state)
{
    (void)state;
    enum { N = 700, P = 6 };
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 700);
    static char names_buf[N][8];
    static const char *areas[N];
    static double x[N * P];
    static const char *const vars[P] = {"a", "b", "c", "d", "e", "f"};
    for (int i = 0; i < N; i++) {
        snprintf(names_buf[i], sizeof names_buf[i], "A%04d", i);
        areas[i] = names_buf[i];
        for (int j = 0; j < P; j++)
            x[i * P + j] = gsl_rng_uniform(r);
    }
    gsl_rng_free(r);
    ct_peergroup_data *d = matrix_data(areas, N, vars, P, x);
    ct_peergroup_options o;
    ct_peergroup_options_init(&o);
    ct_peergroup *g1 = NULL, *g3 = NULL;
    assert_int_equal(ct_peergroup_build(d, &o, &g1, NULL), CT_STATUS_OK);
    o.threads = 3;
    assert_int_equal(ct_peergroup_build(d, &o, &g3, NULL), CT_STATUS_OK);
    for (size_t i = 0; i < N; i++) {
        const double *d1, *d3;
        assert_memory_equal(ct_peergroup_members(g1, i, &d1),
                            ct_peergroup_members(g3, i, &d3),
                            7 * sizeof(size_t));
        assert_memory_equal(d1, d3, 7 * sizeof(double));
        assert_close(ct_peergroup_stability(g1, i, NULL),
                     ct_peergroup_stability(g3, i, NULL), 0);
    }
    ct_peergroup_free(g1);
    ct_peergroup_free(g3);
    ct_peergroup_data_free(d);
}

static void test_rank_is_unchanged_by_a_monotone_transform(void **state)
{
    (void)state;
    /* exp() of the density keeps its order, so rank standardisation gives
     * the same groups; z-scores do not in general. */
    double y[18];
    memcpy(y, c5, sizeof y);
    for (int i = 0; i < 6; i++)
        y[i * 3] = exp(y[i * 3] / 10.0);
    ct_peergroup_data *d1 = c5_data(),
                      *d2 = matrix_data(c5_areas, 6, c5_vars, 3, y);
    ct_peergroup_options o;
    ct_peergroup_options_init(&o);
    o.k = 2;
    o.scale = CT_MODEL_RANK;
    ct_peergroup *g1 = NULL, *g2 = NULL;
    assert_int_equal(ct_peergroup_build(d1, &o, &g1, NULL), CT_STATUS_OK);
    assert_int_equal(ct_peergroup_build(d2, &o, &g2, NULL), CT_STATUS_OK);
    for (size_t i = 0; i < 6; i++)
        assert_memory_equal(ct_peergroup_members(g1, i, NULL),
                            ct_peergroup_members(g2, i, NULL),
                            2 * sizeof(size_t));
    ct_peergroup_free(g1);
    ct_peergroup_free(g2);
    ct_peergroup_data_free(d1);
    ct_peergroup_data_free(d2);
}

static void test_regression_weights_and_linear_combination(void **state)
{
    (void)state;
    /* The rate is 3 x density + 5 exactly: on z-scores its coefficient is
     * 3 x SD(density) and the others' are 0, so scaled to average 1 the
     * weights are (3, 0, 0).  A fourth variable, lone_parent + terraced,
     * is a linear combination and is reported. */
    static const char *const vars[] = {"density", "lone_parent", "terraced",
                                       "sum", "rate"};
    double x[6 * 5];
    for (int i = 0; i < 6; i++) {
        x[i * 5 + 0] = c5[i * 3 + 0];
        x[i * 5 + 1] = c5[i * 3 + 1];
        x[i * 5 + 2] = c5[i * 3 + 2];
        x[i * 5 + 3] = c5[i * 3 + 1] + c5[i * 3 + 2];
        x[i * 5 + 4] = 3 * c5[i * 3 + 0] + 5;
    }
    ct_peergroup_data *d = matrix_data(c5_areas, 6, vars, 5, x);
    ct_peergroup_options o;
    warning_log w;
    options_k_with_log(&o, 2, &w);
    o.weighting = CT_PEERGROUP_REGRESSION;
    o.rate_variable = "rate";
    ct_peergroup *g = NULL;
    assert_int_equal(ct_peergroup_build(d, &o, &g, NULL), CT_STATUS_OK);
    assert_int_equal(ct_peergroup_n_variables(g), 4);
    assert_close(ct_peergroup_weight(g, 0), 4.0, 1e-9);
    assert_true(fabs(ct_peergroup_weight(g, 1)) < 1e-9);
    assert_true(fabs(ct_peergroup_weight(g, 2)) < 1e-9);
    assert_close(ct_peergroup_weight(g, 3), 0.0, 1e-9);
    assert_true(ct_peergroup_dependent(g, 3));
    assert_false(ct_peergroup_dependent(g, 2));
    assert_int_equal(w.n, 1);
    assert_non_null(strstr(w.last, "'sum' is a linear combination"));
    /* With only density weighing, the groups are the nearest densities:
     * P (45.2) -> Q (38.9), T (60.4). */
    char buf[32];
    names(g, 0, buf, sizeof buf);
    assert_string_equal(buf, "Q,T");
    ct_table *t = NULL;
    assert_int_equal(ct_peergroup_distance_table(g, &t, NULL), CT_STATUS_OK);
    /* The other two weigh nothing (up to rounding, so their order is
     * not fixed). */
    assert_int_equal(strncmp(ct_table_get_string(t, 0, 4), "density 100%, ",
                             14), 0);
    ct_table_free(t);
    ct_peergroup_free(g);
    ct_peergroup_data_free(d);
}

/* Builds groups of 'd' with 'o', which must be refused as bad input,
 * the reason left in 'err'; frees 'd'. */
static void expect_refused(ct_peergroup_data *d, const ct_peergroup_options *o,
                           ct_error *err)
{
    ct_peergroup *g = NULL;
    ct_error_clear(err);
    assert_int_equal(ct_peergroup_build(d, o, &g, err), CT_STATUS_INPUT);
    ct_peergroup_data_free(d);
}

static void test_bad_input_is_refused_with_a_reason(void **state)
{
    (void)state;
    ct_peergroup_options o;
    ct_peergroup_options_init(&o);
    ct_error err = CT_ERROR_INIT;
    /* k = 7 needs 8 areas; there are 6. */
    expect_refused(c5_data(), &o, &err);
    assert_string_equal(err.message, "6 areas with every variable; groups "
                                     "of --k 7 need at least 8");
    /* A constant variable. */
    double x[18];
    memcpy(x, c5, sizeof x);
    for (int i = 0; i < 6; i++)
        x[i * 3 + 1] = 7.5;
    o.k = 2;
    expect_refused(matrix_data(c5_areas, 6, c5_vars, 3, x), &o, &err);
    assert_non_null(strstr(err.message, "'lone_parent' has the same value"));
}

static void test_missing_values_leave_out_a_variable_or_an_area(void **state)
{
    (void)state;
    double x[18];
    memcpy(x, c5, sizeof x);
    x[2 * 3 + 2] = NAN; /* R has no terraced % */
    ct_peergroup_data *d = matrix_data(c5_areas, 6, c5_vars, 3, x);
    ct_peergroup_options o;
    warning_log w;
    options_k_with_log(&o, 2, &w);
    ct_peergroup *g = NULL;
    assert_int_equal(ct_peergroup_build(d, &o, &g, NULL), CT_STATUS_OK);
    assert_int_equal(ct_peergroup_n_variables(g), 2);
    assert_int_equal(ct_peergroup_n_areas(g), 6);
    assert_int_equal(w.n, 1);
    assert_non_null(strstr(w.last, "variable 'terraced' left out: no value "
                                   "for 1 area ('R')"));
    ct_peergroup_free(g);
    o.drop_areas = true;
    w.n = 0;
    assert_int_equal(ct_peergroup_build(d, &o, &g, NULL), CT_STATUS_OK);
    assert_int_equal(ct_peergroup_n_variables(g), 3);
    assert_int_equal(ct_peergroup_n_areas(g), 5);
    assert_int_equal(w.n, 1);
    assert_non_null(strstr(w.last, "area 'R' left out"));
    ct_peergroup_free(g);
    ct_peergroup_data_free(d);
}

static ct_status read_text(const char *text, ct_peergroup_data **d,
                           ct_error *err)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    ct_peergroup_read_options ro;
    ct_peergroup_read_options_init(&ro);
    ct_status st = ct_peergroup_read(f, "cov.csv", &ro, d, err);
    fclose(f);
    return st;
}

static void test_long_and_wide_files_read_alike(void **state)
{
    (void)state;
    static const char wide[] =
        "Area_name,Code,density,lone_parent\n"
        "P,E1,45.2,8.1\nQ,E2,\"1,038.9\",NaN\nR,E3,-12.3,5.2\n,,,\n";
    static const char longf[] =
        "variable,area,value\n"
        "density,P,45.2\nlone_parent,P,8.1\ndensity,Q,\"1,038.9\"\n"
        "lone_parent,Q,\ndensity,R,-12.3\nlone_parent,R,5.2\n";
    ct_peergroup_data *a = NULL, *b = NULL;
    assert_int_equal(read_text(wide, &a, NULL), CT_STATUS_OK);
    assert_int_equal(read_text(longf, &b, NULL), CT_STATUS_OK);
    assert_int_equal(ct_peergroup_data_n_areas(a), 3);
    assert_int_equal(ct_peergroup_data_n_variables(a), 2);
    assert_int_equal(ct_peergroup_data_n_variables(b), 2);
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < 2; j++) {
            double u = NAN, v = NAN;
            bool hu = ct_peergroup_data_value(a, i, j, &u);
            bool hv = ct_peergroup_data_value(b, i, j, &v);
            assert_int_equal(hu, hv);
            if (hu)
                assert_close(u, v, 0);
        }
    double v;
    assert_true(ct_peergroup_data_value(a, 1, 0, &v));
    assert_close(v, 1038.9, 0);
    assert_true(ct_peergroup_data_value(a, 2, 0, &v));
    assert_close(v, -12.3, 0);
    assert_false(ct_peergroup_data_value(a, 1, 1, &v)); /* NaN: missing */
    ct_peergroup_data_free(a);
    ct_peergroup_data_free(b);
    /* A text value in a long file, a repeated pair. */
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(read_text("area,variable,value\nP,x,1\nQ,x,many\n", &a,
                               &err), CT_STATUS_INPUT);
    assert_int_equal(err.line, 3);
    assert_int_equal(err.column, 3);
    ct_error_clear(&err);
    assert_int_equal(read_text("area,variable,value\nP,x,1\nP,x,2\n", &a,
                               &err), CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "first on line 2"));
    ct_error_clear(&err);
    assert_int_equal(read_text("area,x\nP,1\nP,2\n", &a, &err),
                     CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "area 'P' again (first on line 2)"));
}

typedef ct_status (*reader)(ct_dataset *, FILE *, const char *,
                            const ct_ingest_options *, ct_error *);

static void feed(ct_dataset *ds, reader fn, const char *text)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_int_equal(fn(ds, f, "t.csv", NULL, NULL), CT_STATUS_OK);
    fclose(f);
}

static void test_rate_from_counts_leaves_out_anti_social_behaviour(void **state)
{
    (void)state;
    /* P: (120 + 30) / 50,000 x 1,000 = 3.0 per 1,000 in 2024 (the 400
     * anti-social behaviour incidents are not crimes); Q has no
     * population; R is not in the counts. */
    static const char counts[] =
        "area,offence,period,count\n"
        "P,Burglary,2024,120\nP,Robbery,2024,30\n"
        "P,Anti-social behaviour,2024,400\n"
        "Q,Burglary,2024,10\nQ,Robbery,2024,5\n"
        "Q,Anti-social behaviour,2024,9\n";
    static const char pops[] = "area,period,population\nP,2024,50000\n";
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts, counts);
    feed(ds, ct_ingest_population, pops);
    static const char *const areas[] = {"P", "Q", "R"};
    static const char *const vars[] = {"v"};
    const double x[3] = {1, 2, 3};
    ct_peergroup_data *d = matrix_data(areas, 3, vars, 1, x);
    ct_tables_query q;
    ct_tables_query_init(&q);
    double rate[3];
    warning_log w = {0};
    assert_int_equal(ct_peergroup_rate_from_dataset(d, ds, &q, rate,
                                                    note_warning, &w, NULL),
                     CT_STATUS_OK);
    assert_close(rate[0], 3.0, 1e-15);
    assert_nan(rate[1]);
    assert_nan(rate[2]);
    assert_int_equal(w.n, 2);
    ct_peergroup_data_free(d);
    ct_dataset_free(ds);
}

/* The GLA borough profiles: seven variables of density, deprivation,
 * housing, jobs and transport, City of London left out (it lacks
 * values).  Each borough's group should be mostly boroughs of its own
 * side of the GLA's inner/outer London line, which the variables do not
 * include: at least 80% of all peers share it (with 13 inner and 19 outer
 * boroughs, chance would give about half). */
static void test_london_boroughs_group_inner_with_inner(void **state)
{
    (void)state;
    char path[1024];
    shared_data_path("london-gla/london-borough-profiles.csv", path,
                     sizeof path);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        skip();
    static const char *const vars[] = {
        "Population_density_(per_hectare)_2017",
        "Proportion_of_the_working-age_population_who_claim_out-of-work_"
        "benefits_(%)_(May-2016)",
        "Modelled_Household_median_income_estimates_2012/13",
        "Rented_from_Local_Authority_or_Housing_Association,_(2014)_%",
        "Jobs_Density,_2015",
        "Average_Public_Transport_Accessibility_score,_2014",
        "%_of_resident_population_born_abroad_(2015)"};
    ct_peergroup_read_options ro;
    ct_peergroup_read_options_init(&ro);
    ro.latin1 = true;
    ro.variables = vars;
    ro.n_variables = 7;
    ct_peergroup_data *d = NULL;
    assert_int_equal(ct_peergroup_read(f, path, &ro, &d, NULL), CT_STATUS_OK);
    fclose(f);
    assert_int_equal(ct_peergroup_data_n_areas(d), 33);
    ct_peergroup_options o;
    ct_peergroup_options_init(&o);
    o.drop_areas = true;
    ct_peergroup *g = NULL;
    assert_int_equal(ct_peergroup_build(d, &o, &g, NULL), CT_STATUS_OK);
    assert_int_equal(ct_peergroup_n_areas(g), 32);
    /* The GLA's inner boroughs (the file's Inner/_Outer_London column). */
    static const char *const inner[] = {
        "Camden", "Hackney", "Hammersmith and Fulham", "Haringey",
        "Islington", "Kensington and Chelsea", "Lambeth", "Lewisham",
        "Newham", "Southwark", "Tower Hamlets", "Wandsworth", "Westminster"};
    size_t same = 0, all = 0;
    for (size_t i = 0; i < ct_peergroup_n_areas(g); i++) {
        bool in_i = false;
        for (size_t c = 0; c < 13; c++)
            in_i |= strcmp(ct_peergroup_area(g, i), inner[c]) == 0;
        const size_t *m = ct_peergroup_members(g, i, NULL);
        for (size_t j = 0; j < 7; j++) {
            bool in_j = false;
            for (size_t c = 0; c < 13; c++)
                in_j |= strcmp(ct_peergroup_area(g, m[j]), inner[c]) == 0;
            same += in_i == in_j;
            all++;
        }
    }
    print_message("London: %zu of %zu peers on the same side\n", same, all);
    assert_true(same >= 0.8 * (double)all);
    ct_peergroup_free(g);
    ct_peergroup_data_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example_groups_and_distances),
        cmocka_unit_test(test_planted_clusters_are_recovered_exactly),
        cmocka_unit_test(test_threads_give_the_same_groups),
        cmocka_unit_test(test_rank_is_unchanged_by_a_monotone_transform),
        cmocka_unit_test(test_regression_weights_and_linear_combination),
        cmocka_unit_test(test_bad_input_is_refused_with_a_reason),
        cmocka_unit_test(test_missing_values_leave_out_a_variable_or_an_area),
        cmocka_unit_test(test_long_and_wide_files_read_alike),
        cmocka_unit_test(
            test_rate_from_counts_leaves_out_anti_social_behaviour),
        cmocka_unit_test(test_london_boroughs_group_inner_with_inner),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("peergroup", tests, NULL, NULL);
}
