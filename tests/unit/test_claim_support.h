/* test_claim_support.h - what the claim tests (test_claim.c,
 * test_claim_find.c, test_claim_csv.c) share: a small dataset to check
 * claims against, and claims found in a text. */
#ifndef CT_TEST_CLAIM_SUPPORT_H
#define CT_TEST_CLAIM_SUPPORT_H

#include "test_support.h"
#include "crimetrend/claim.h"
#include "crimetrend/dataset.h"
#include "crimetrend/period.h"

/* The dataset the claim tests check against: Northby, Burglary 790 in 2014
 * and 1,233 in 2015, All crime 2,466 in 2015 and suppressed in 2014,
 * populations 140,000 and 145,000. */
static inline ct_dataset *claim_dataset(void)
{
    ct_dataset *ds = ct_dataset_new();
    assert_non_null(ds);
    ct_dataset_id area, burglary, all, p14, p15;
    ct_period y14, y15;
    assert_true(ct_period_parse("2014", 4, &y14));
    assert_true(ct_period_parse("2015", 4, &y15));
    assert_int_equal(ct_dataset_intern_area(ds, "Northby", 7, &area, NULL),
                     CT_STATUS_OK);
    assert_int_equal(ct_dataset_intern_offence(ds, "Burglary", 8, &burglary,
                                               NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_intern_offence(ds, "All crime", 9, &all,
                                               NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_intern_period(ds, y14, &p14, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_intern_period(ds, y15, &p15, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_add_cell(ds, area, burglary, p14,
                                         CT_CELL_PRESENT, 790, false, NULL, 0,
                                         NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_add_cell(ds, area, burglary, p15,
                                         CT_CELL_PRESENT, 1233, false, NULL,
                                         0, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_add_cell(ds, area, all, p15, CT_CELL_PRESENT,
                                         2466, false, NULL, 0, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_add_cell(ds, area, all, p14,
                                         CT_CELL_SUPPRESSED, 0, false, NULL, 0,
                                         NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_set_population(ds, area, y14, 140000.0, NULL,
                                               0, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_set_population(ds, area, y15, 145000.0, NULL,
                                               0, NULL), CT_STATUS_OK);
    return ds;
}

/* The claims a text holds, found and checked without a dataset. */
static inline ct_claim_set *extract(const char *text)
{
    ct_claim_set *set = ct_claim_set_new();
    assert_non_null(set);
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_claim_extract(set, text, strlen(text), "t.md", &err),
                     CT_STATUS_OK);
    assert_int_equal(ct_claim_check_all(set, NULL, &err), CT_STATUS_OK);
    return set;
}

#endif
