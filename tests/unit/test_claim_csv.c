/* test_claim_csv.c - unit tests of reading claims files: columns, figures
 * as printed, and the messages for bad rows.
 *
 * Every expected value is hand arithmetic, written out beside it. */
#include "test_claim_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/claim.h"
#include "crimetrend/claim_csv.h"
#include "crimetrend/stats.h"

/* ---- helpers ----------------------------------------------------------- */

static ct_status read_claims(ct_claim_set *set, const char *csv,
                             ct_error *err)
{
    FILE *f = fmemopen((void *)csv, strlen(csv), "r");
    assert_non_null(f);
    ct_status st = ct_claim_csv_read(set, f, "claims.csv", err);
    fclose(f);
    return st;
}

static void test_claim_read_csv(void **state)
{
    (void)state;
    ct_claim_set *set = ct_claim_set_new();
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(read_claims(set,
                                 "id,area,offence,measure,period,from,"
                                 "published,per,note\n"
                                 "a,Northby,Burglary,count,2015,,\"1,233\",,\n"
                                 "b,Northby,Burglary,pct_change,2015,2014,"
                                 "+56%,,a note\n"
                                 "c,Northby,Burglary,rate,2015,,8.5,1000,\n",
                                 &err), CT_STATUS_OK);
    assert_int_equal(ct_claim_set_size(set), 3);
    const ct_claim *c = ct_claim_set_get(set, 1);
    assert_int_equal(c->line, 3);
    assert_int_equal(c->direction, 1);
    assert_true(c->published.is_percent);
    assert_string_equal(c->note, "a note");
    assert_string_equal(c->period_from, "2014");
    ct_dataset *ds = claim_dataset();
    ct_claim_options opt;
    ct_claim_options_init(&opt);
    opt.data = ds;
    assert_int_equal(ct_claim_check_all(set, &opt, &err), CT_STATUS_OK);
    assert_int_equal(ct_claim_set_count(set, CT_CLAIM_CONSISTENT), 3);
    ct_claim_set_free(set);
    ct_dataset_free(ds);
}

/* Errors name the line and column. */
static void test_claim_read_csv_bad_rows(void **state)
{
    (void)state;
    static const struct {
        const char *csv;
        unsigned long line, column; /* 0: not checked */
        const char *needle;         /* in the message, or NULL */
    } cases[] = {
        {"id,area,offence,measure,period,published\n"
         "x,Northby,Burglary,rates,2015,5\n", 2, 4, "'rates'"},
        {"id,area,offence,period,published\n", 0, 0, "no column 'measure'"},
        {"area,offence,measure,period,published\n"
         "N,B,count,Spring,5\n", 0, 4, NULL},
        {"area,offence,measure,period,published\n"
         "N,B,count,2015,lots\n", 0, 5, NULL},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        const char *name = cases[i].csv;
        ct_claim_set *set = ct_claim_set_new();
        ct_error err = CT_ERROR_INIT;
        assert_int_in(name, read_claims(set, cases[i].csv, &err),
                      CT_STATUS_INPUT);
        if (cases[i].line != 0)
            assert_int_in(name, err.line, cases[i].line);
        if (cases[i].column != 0)
            assert_int_in(name, err.column, cases[i].column);
        if (cases[i].needle != NULL)
            assert_true_in(name, strstr(err.message, cases[i].needle));
        ct_claim_set_free(set);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claim_read_csv),
        cmocka_unit_test(test_claim_read_csv_bad_rows),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("claim_csv", tests, NULL, NULL);
}
