/* test_report.c - tables rendered as text, CSV, Markdown and JSON: exact
 * bytes, missing values, display rounding and escaping. */
#include "test_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/crimetrend.h"

static const ct_table_column cols[] = {
    {"area", "Area", CT_TABLE_STRING, 0, NULL},
    {"count", "Count", CT_TABLE_COUNT, 0, NULL},
    {"pct_change", "Change %", CT_TABLE_REAL, 0, "%"},
    {"p_value", "p", CT_TABLE_PVALUE, 3, NULL},
};

/* Two rows: Ynys Môn with 1,233 offences, +56.0759% (790 -> 1,233), p
 * 5.8e-23; and an area named with a comma and a quote whose change is
 * undefined (NaN, from 0). */
static ct_table *sample(void)
{
    ct_table *t = ct_table_new(cols, 4);
    assert_non_null(t);
    assert_int_equal(ct_table_add_row(t, NULL), CT_STATUS_OK);
    assert_int_equal(ct_table_set_string(t, 0, "Ynys M\xc3\xb4n", NULL), CT_STATUS_OK);
    ct_table_set_count(t, 1, 1233);
    ct_table_set_real(t, 2, 100.0 * (1233 - 790) / 790.0);
    ct_table_set_real(t, 3, 5.82e-23);
    assert_int_equal(ct_table_add_row(t, NULL), CT_STATUS_OK);
    assert_int_equal(ct_table_set_string(t, 0, "A, \"B\"|C", NULL), CT_STATUS_OK);
    ct_table_set_count(t, 1, 0);
    ct_table_set_real(t, 2, NAN);
    ct_table_set_real(t, 3, 0.5);
    assert_int_equal(ct_table_add_note(t, "per 1,000", NULL), CT_STATUS_OK);
    return t;
}

static char *render(const ct_table *t, ct_format f)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    assert_int_equal(ct_table_write(t, f, out, NULL), CT_STATUS_OK);
    fclose(out);
    return buf;
}

/* The sample table written as 'f' must be exactly 'want'. */
static void expect_rendered(ct_format f, const char *want)
{
    ct_table *t = sample();
    char *s = render(t, f);
    assert_string_equal(s, want);
    free(s);
    ct_table_free(t);
}

static void test_table_write_csv_is_unrounded_and_quoted(void **state)
{
    (void)state;
    /* 100 * 443 / 790 = 56.0759493670886 to 15 significant digits. */
    expect_rendered(CT_FORMAT_CSV,
                    "area,count,pct_change,p_value\n"
                    "Ynys M\xc3\xb4n,1233,56.0759493670886,5.82e-23\n"
                    "\"A, \"\"B\"\"|C\",0,,0.5\n");
}

static void test_table_write_text_aligns_and_rounds(void **state)
{
    (void)state;
    /* "Ynys Môn" is 8 characters wide though 9 bytes long. */
    expect_rendered(CT_FORMAT_TEXT,
                    "Area      Count  Change %       p\n"
                    "Ynys M\xc3\xb4n  1,233       56%  <0.001\n"
                    "A, \"B\"|C      0       n/a   0.500\n"
                    "\n"
                    "note: per 1,000\n");
}

static void test_table_write_markdown_escapes_pipes(void **state)
{
    (void)state;
    expect_rendered(CT_FORMAT_MARKDOWN,
                    "| Area | Count | Change % | p |\n"
                    "| --- | ---: | ---: | ---: |\n"
                    "| Ynys M\xc3\xb4n | 1,233 | 56% | <0.001 |\n"
                    "| A, \"B\"\\|C | 0 | n/a | 0.500 |\n"
                    "\n"
                    "- per 1,000\n");
}

static void test_table_write_json_nulls_and_escapes(void **state)
{
    (void)state;
    expect_rendered(CT_FORMAT_JSON,
                    "{\n  \"columns\": [\"area\", \"count\", "
                    "\"pct_change\", \"p_value\"],\n"
                    "  \"rows\": [\n"
                    "    {\"area\": \"Ynys M\xc3\xb4n\", \"count\": 1233, "
                    "\"pct_change\": 56.0759493670886, "
                    "\"p_value\": 5.82e-23},\n"
                    "    {\"area\": \"A, \\\"B\\\"|C\", \"count\": 0, "
                    "\"pct_change\": null, \"p_value\": 0.5}\n"
                    "  ],\n"
                    "  \"notes\": [\n    \"per 1,000\"\n  ]\n}\n");
}

/* A failed write (a full disk) is reported, not ignored. */
static void test_table_write_reports_io_error(void **state)
{
    (void)state;
    ct_table *t = sample();
    FILE *full = fopen("/dev/full", "w");
    if (full == NULL) {
        ct_table_free(t);
        skip();
    }
    setvbuf(full, NULL, _IONBF, 0);
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_table_write(t, CT_FORMAT_CSV, full, &err), CT_STATUS_IO);
    fclose(full);
    ct_table_free(t);
}

/* String cells are kept once per distinct string: 20,000 rows naming 37
 * areas and 1,000 others, one cell set twice and one set to missing,
 * read back right after the pool has grown many times. */
static void test_table_strings_survive_many_rows(void **state)
{
    (void)state;
    ct_table *t = ct_table_new(cols, 4);
    assert_non_null(t);
    char name[32];
    for (int r = 0; r < 20000; r++) {
        assert_int_equal(ct_table_add_row(t, NULL), CT_STATUS_OK);
        if (r % 20 == 0)
            snprintf(name, sizeof name, "unique %d", r);
        else
            snprintf(name, sizeof name, "area %d", r % 37);
        assert_int_equal(ct_table_set_string(t, 0, name, NULL), CT_STATUS_OK);
        if (r == 7)
            assert_int_equal(ct_table_set_string(t, 0, "renamed", NULL),
                             CT_STATUS_OK);
        if (r == 8)
            assert_int_equal(ct_table_set_string(t, 0, NULL, NULL), CT_STATUS_OK);
        ct_table_set_count(t, 1, r);
    }
    for (int r = 0; r < 20000; r++) {
        if (r % 20 == 0)
            snprintf(name, sizeof name, "unique %d", r);
        else
            snprintf(name, sizeof name, "area %d", r % 37);
        const char *got = ct_table_get_string(t, (size_t)r, 0);
        if (r == 7)
            assert_string_equal(got, "renamed");
        else if (r == 8)
            assert_null(got);
        else
            assert_string_equal(got, name);
    }
    /* A string read back stays valid while the table grows, and may be
     * given back to it. */
    const char *first = ct_table_get_string(t, 1, 0);
    assert_string_equal(first, "area 1");
    for (int r = 0; r < 5000; r++) {
        assert_int_equal(ct_table_add_row(t, NULL), CT_STATUS_OK);
        snprintf(name, sizeof name, "later %d", r);
        assert_int_equal(ct_table_set_string(t, 0, name, NULL), CT_STATUS_OK);
    }
    assert_string_equal(first, "area 1");
    assert_int_equal(ct_table_set_string(t, 0, first + 5, NULL), CT_STATUS_OK);
    assert_string_equal(ct_table_get_string(t, 24999, 0), "1");
    char *csv = render(t, CT_FORMAT_CSV);
    assert_non_null(strstr(csv, "\nunique 19980,19980,,\n"));
    assert_non_null(strstr(csv, "\n,8,,\n"));
    free(csv);
    ct_table_free(t);
}

static void test_format_parse_names(void **state)
{
    (void)state;
    assert_parses_to(ct_format, ct_format_parse, "md", CT_FORMAT_MARKDOWN);
    assert_parses_to(ct_format, ct_format_parse, "json", CT_FORMAT_JSON);
    ct_format f;
    assert_false(ct_format_parse("xml", &f));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_write_csv_is_unrounded_and_quoted),
        cmocka_unit_test(test_table_write_text_aligns_and_rounds),
        cmocka_unit_test(test_table_write_markdown_escapes_pipes),
        cmocka_unit_test(test_table_write_json_nulls_and_escapes),
        cmocka_unit_test(test_table_write_reports_io_error),
        cmocka_unit_test(test_table_strings_survive_many_rows),
        cmocka_unit_test(test_format_parse_names),
    };
    return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
