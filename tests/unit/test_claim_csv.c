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

    /* Errors name the line and column. */
    ct_error_clear(&err);
    assert_int_equal(read_claims(set,
                                 "id,area,offence,measure,period,published\n"
                                 "x,Northby,Burglary,rates,2015,5\n", &err),
                     CT_STATUS_INPUT);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 4);
    assert_non_null(strstr(err.message, "'rates'"));
    ct_error_clear(&err);
    assert_int_equal(read_claims(set, "id,area,offence,period,published\n",
                                 &err), CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "no column 'measure'"));
    ct_error_clear(&err);
    assert_int_equal(read_claims(set,
                                 "area,offence,measure,period,published\n"
                                 "N,B,count,Spring,5\n", &err), CT_STATUS_INPUT);
    assert_int_equal(err.column, 4);
    ct_error_clear(&err);
    assert_int_equal(read_claims(set,
                                 "area,offence,measure,period,published\n"
                                 "N,B,count,2015,lots\n", &err), CT_STATUS_INPUT);
    assert_int_equal(err.column, 5);
    ct_claim_set_free(set);
    ct_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claim_read_csv),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("claim_csv", tests, NULL, NULL);
}
