/* trend.h - statistics over a series of periods: the Fingertips recent
 * trend marker, regressions of rates and counts, Mann-Kendall with Sen's
 * slope and XmR control charts.  The funnel-plot functions are in funnel.h,
 * included here so that code written against this header keeps compiling.
 *
 * Pure functions on arrays: no dataset, no names.  Time is in years (or in
 * periods for monthly series) so that slopes are per year.  Arrays are
 * read only and never kept; every string returned is static.  Invalid
 * arguments give CT_STATUS_DOMAIN with a message; a numerical failure (GSL,
 * a regression that does not converge) gives CT_STATUS_NUMERIC.  A series the
 * Fingertips marker cannot be applied to is not an error: it comes back as
 * CT_TREND_CANNOT with a reason.
 *
 * Where it sits: compare/trend/funnel (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check).
 *
 *     ct_trend_marker m;
 *     ct_trend_marker_values(t, value, low, high, 5, 0.95, &m, &err);
 *     // METHODS §2.5's five points: m.slope -1.751566, m.chi2 46.7636
 *     // > 9.5495, m.direction CT_TREND_DECREASING
 *     ct_trend_xmr_point p[24];
 *     ct_trend_xmr_chart(x, 24, NULL, p, &err);
 *     // METHODS-ADDENDUM §B.6's 24 months (sum 2400): mean 100, average
 *     // moving range 111 / 21 = 5.2857 after screening, limits 85.94 to
 *     // 114.06; point 6 (128) is outside them
 *     (asserted by test_marker_values_methods_vector_is_decreasing and
 *     test_xmr_chart_worked_example in tests/unit/test_trend.c)
 */
#ifndef CRIMETREND_TREND_H
#define CRIMETREND_TREND_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/funnel.h"

typedef enum ct_trend_direction {
    CT_TREND_INCREASING,
    CT_TREND_NO_CHANGE,      /* "no significant change" */
    CT_TREND_DECREASING,
    CT_TREND_CANNOT          /* "cannot be calculated"; see 'reason' */
} ct_trend_direction;

/* "increasing", "no significant change", "decreasing", "cannot be
 * calculated".  Static string. */
const char *ct_trend_direction_name(ct_trend_direction d);

typedef struct ct_trend_marker {
    ct_trend_direction direction;
    double slope;        /* beta: the weighted slope (value units per unit
                            of t), or for proportions the slope of the
                            logit; NaN when not calculated */
    double intercept;    /* alpha: the fitted line's value at t = 0, so that
                            alpha + beta t is the line through the five
                            points (for proportions, of the logit); NaN
                            when not calculated */
    double chi2;         /* X^2 = beta^2 / Var(beta); NaN if not calculated */
    const char *reason;  /* why CANNOT ("fewer than 5 points", "missing
                            value", "repeated time points", "interval of
                            zero width", "proportion of 0 or 1"), or
                            "outlier found" when the leave-one-out rule
                            turned a significant slope into NO_CHANGE;
                            NULL otherwise.  Static string. */
} ct_trend_marker;

/* Fingertips recent-trend marker for values with confidence intervals
 * (METHODS §2.5): uses the last five points only (t ascending, e.g. years;
 * earlier points are not read); sigma_i = (high_i - low_i) / (2 z) with z
 * for 'confidence' (the level of the given intervals, e.g. 0.95),
 * w_i = 1/sigma_i^2, weighted slope beta and X^2 = beta^2 / Var(beta) with
 * Var(beta) = S / (S Stt - St^2); significant when X^2 > 9.5495 (strictly;
 * chi-squared 1 df at 0.998), then the leave-one-out rule: if the slope of
 * any four of the five points differs in sign from beta (a slope of
 * exactly 0 counts, as PHE's sign() comparison), "no significant change"
 * with reason "outlier found"; otherwise increasing or decreasing by the
 * sign of beta.  'slope' and 'chi2' are set whenever the marker is
 * calculated, including NO_CHANGE.
 *
 * CT_TREND_CANNOT (not an error), checked in this order: n < 5 ("fewer
 * than 5 points"); a NaN time, value or limit among the five ("missing
 * value"); two equal times ("repeated time points"); a zero-width
 * interval ("interval of zero width").  CT_STATUS_DOMAIN: 'confidence'
 * outside (0, 1) (checked first, even when n < 5); an infinite value,
 * limit or time; high < low; times that go backwards.  Values and limits
 * must be on the same scale.  Example (METHODS §2.5): values 30.6, 30.2,
 * 28, 24.6, 24.67 with the package's limits -> beta -1.751566, X^2
 * 46.7636, decreasing. */
ct_status ct_trend_marker_values(const double *t, const double *value,
                                 const double *low, const double *high,
                                 size_t n, double confidence,
                                 ct_trend_marker *out, ct_error *err);

/* Fingertips marker for proportions c_i / d_i (METHODS §2.5): direction
 * from the unweighted OLS slope of logit(c/d) = log(c / (d - c)) on t
 * ('slope'); X^2 = D (D Sum c t - C Sum d t)^2 / (C (D - C) (D Sum d t^2 -
 * (Sum d t)^2)) with D = Sum d, C = Sum c (R's prop.trend.test); same
 * threshold and leave-one-out rule (on the logit slopes); last five
 * points.  CT_TREND_CANNOT as for values, plus "proportion of 0 or 1" when
 * a count is 0 or equals its denominator (the logit is infinite).
 * CT_STATUS_DOMAIN for a denominator below 1, a count outside 0..denominator,
 * an infinite time, or times that go backwards.  Example (METHODS §2.5):
 * 1367/44701, ..., 994/40299 -> beta -0.06524964, X^2 47.8967,
 * decreasing. */
ct_status ct_trend_marker_proportions(const double *t, const int64_t *count,
                                      const int64_t *denominator, size_t n,
                                      ct_trend_marker *out, ct_error *err);

/* Ordinary least squares y = a + b t (METHODS §3.2). */
typedef struct ct_trend_linear_fit {
    double intercept;   /* a */
    double slope;       /* b, per unit of t */
    double slope_se;    /* standard error of b */
    double slope_low;   /* b's confidence interval (t distribution, n-2 df) */
    double slope_high;
    double p_value;     /* two-sided, H0: b = 0 */
    size_t n;           /* points used */
} ct_trend_linear_fit;

/* OLS by gsl_fit_linear (METHODS §3.2); se from s^2 = RSS / (n - 2); the
 * interval is slope -/+ t(n-2) se at 'confidence'.  An exact fit has se 0
 * and p 0 (p 1 if the slope is 0 too).  n >= 3, t and y finite, t not all
 * equal and 'confidence' in (0, 1), else CT_STATUS_DOMAIN.  Example (METHODS
 * §3.2): rates of 790..1233 over 140,000..145,000 per 1,000 in 2018..2024
 * -> slope 0.405340, se 0.107337, p 0.01294. */
ct_status ct_trend_linear(const double *t, const double *y, size_t n,
                          double confidence, ct_trend_linear_fit *out,
                          ct_error *err);

/* Poisson regression log E[x_i] = ln(pop_i) + b0 + b1 t_i, fitted by IRLS
 * (METHODS §3.3), iterating to |delta b| < 1e-10. */
typedef struct ct_trend_poisson_fit {
    double b0, b1;          /* coefficients (b1 per unit of t) */
    double b1_se;           /* Wald standard error of b1 */
    double annual_change;   /* exp(b1) - 1, a fraction (0.0656 = +6.56%) */
    double change_low;      /* its Wald interval at 'confidence':
                               exp(b1 -/+ q se') - 1.  When dispersion > 1,
                               se' = b1_se sqrt(dispersion) and q is the t
                               quantile on n - 2 df (quasi-Poisson);
                               otherwise se' = b1_se and q = z (Poisson;
                               the interval is never narrowed) */
    double change_high;
    double p_value;         /* Wald z test of b1 = 0, Poisson */
    double dispersion;      /* Pearson chi^2 / (n - 2) */
    bool quasi;             /* true when dispersion > 1, so change_low and
                               change_high are the quasi-Poisson t
                               interval; false: the Poisson Wald interval */
    double p_quasi;         /* quasi-Poisson p, as R's summary() of a
                               quasipoisson glm: t = b1 / (b1_se sqrt(
                               dispersion)) on n - 2 df, whatever the
                               dispersion.  METHODS §3.3: report this p
                               when dispersion > 1, p_value otherwise */
    double deviance;        /* residual deviance, 2 Sum (x ln(x/mu) -
                               (x - mu)) */
    int iterations;         /* weighted least-squares fits used */
} ct_trend_poisson_fit;

/* Starts from R's glm values (mu = x + 0.1, so zero counts are fine),
 * centres t internally (b0 is for the original t), and takes b1_se from
 * the Fisher information at the estimate.  CT_STATUS_DOMAIN unless n >= 3,
 * t finite and not all equal, counts >= 0 with at least one > 0,
 * populations finite and > 0, and 'confidence' in (0, 1).
 * CT_STATUS_NUMERIC when the fit diverges or does not converge in 100
 * iterations, as when every event falls at the first or the last time (no
 * finite estimate exists).  Example (METHODS §3.3): the series above ->
 * IRR 1.065602, p 4.19e-24, dispersion 5.637, quasi p 0.00797. */
ct_status ct_trend_poisson(const double *t, const int64_t *count,
                           const double *population, size_t n,
                           double confidence, ct_trend_poisson_fit *out,
                           ct_error *err);

/* Mann-Kendall test with tie correction and continuity correction, as R's
 * trend::mk.test, and Sen's slope (METHODS §3.4).  Sen's slope divides by
 * the time gap t_j - t_k (trend::sens.slope divides by the index gap,
 * which is the same only for evenly spaced t). */
typedef struct ct_trend_mann_kendall_result {
    double s;          /* S = Sum sgn(x_j - x_k) */
    double var_s;      /* with the tie correction */
    double z;          /* continuity-corrected */
    double p_value;    /* two-sided, normal approximation */
    double tau;        /* Kendall's tau-b, S / sqrt((n0 - Sum t_g(t_g-1)/2)
                          n0) with n0 = n(n-1)/2 and t_g the sizes of
                          groups of tied values (as trend::mk.test and
                          cor(method = "kendall"); equals S / n0 without
                          ties); NaN when every value is tied */
    double sen_slope;  /* median over k < j of (x_j - x_k) / (t_j - t_k),
                          per unit of t */
} ct_trend_mann_kendall_result;

/* z = sgn(S)(|S| - 1) / sqrt(Var(S)), 0 when S = 0; p = 2 Phi(-|z|), 1 when
 * every value is tied.  The normal approximation is poor for n < 10.
 * Takes O(n^2) time and memory (the pairwise slopes); CT_STATUS_NOMEM if
 * they do not fit.  CT_STATUS_DOMAIN unless n >= 3, t and x finite and t
 * strictly ascending.  Example (METHODS §3.4): 790, 812, 845, 845, 901,
 * 1010, 1233 -> S 20, Var 43.3333, z 2.8863, p 0.003898. */
ct_status ct_trend_mann_kendall(const double *t, const double *x, size_t n,
                                ct_trend_mann_kendall_result *out, ct_error *err);

/* XmR chart (METHODS §3.5, NHS "Making Data Count"). */
typedef enum ct_trend_xmr_rule {
    CT_TREND_XMR_NONE = 0,        /* common-cause variation */
    CT_TREND_XMR_OUTSIDE_LIMITS,  /* a point above the upper or below the lower
                               process limit */
    CT_TREND_XMR_TREND,           /* part of 7 points each higher (or lower) than
                               the one before */
    CT_TREND_XMR_TWO_OF_THREE,    /* 2 of 3 beyond the 2-sigma line, same side;
                               only the points beyond the line */
    CT_TREND_XMR_SHIFT            /* part of 7 consecutive points on one side of
                               the mean */
} ct_trend_xmr_rule;

/* "outside limits", "trend of 7", "2 of 3 near a limit", "shift of 7", "".
 * Static string. */
const char *ct_trend_xmr_rule_name(ct_trend_xmr_rule r);

typedef struct ct_trend_xmr_limits {
    double mean;         /* centre line */
    double amr;          /* average moving range (after screening MRs >=
                            3.267 AMR once, when 'screen' was asked and
                            AMR > 0) */
    double upper;        /* mean + 2.66 AMR */
    double lower;        /* mean - 2.66 AMR */
    double near_upper;   /* mean + (2/3) 2.66 AMR */
    double near_lower;
    size_t n;            /* points */
} ct_trend_xmr_limits;

/* Computes the chart for x[0..n-1] (the mean and AMR use every point)
 * and, in 'rule' (n entries, may be NULL), the special-cause rule that
 * fired for each point, in the precedence of METHODS §3.5 (outside
 * limits, trend, 2 of 3, shift), as NHSRplotthedots' ptd_special_cause_type:
 *   outside limits: x > upper or x < lower;
 *   trend: 7 or more points each strictly higher (or lower) than the one
 *          before; a tie breaks it; every point of the run is flagged;
 *   2 of 3: 3 consecutive points all strictly on one side of the mean, at
 *          least 2 of them beyond the near limit but not outside the
 *          limits; those points are flagged;
 *   shift: 7 or more consecutive points strictly on one side of the mean;
 *          a point on the mean breaks the run; every point is flagged.
 * The mean is R's two-pass mean, so a flat series lies exactly on it; a
 * series whose moving ranges are all 0 has "no variation": limits on the
 * mean and nothing flagged (METHODS-ADDENDUM §B.5.1).  This is
 * ct_trend_xmr_chart with one group, every point fixed and the package's
 * rules.  n >= 2 and x finite, else CT_STATUS_DOMAIN.  Example (METHODS
 * §3.5): 102, 95, 110, 98, 105, 99, 120, 101, 97, 104, 108, 100 -> mean
 * 103.25, AMR 10, limits 76.65 and 129.85. */
ct_status ct_trend_xmr(const double *x, size_t n, bool screen,
                       ct_trend_xmr_limits *out, ct_trend_xmr_rule *rule, ct_error *err);

/* How a point exactly on the mean counts in a run of 7 (METHODS-ADDENDUM
 * §B.4). */
typedef enum ct_trend_xmr_on_mean {
    CT_TREND_XMR_ON_MEAN_BREAK = 0,  /* it breaks the run (NHSRplotthedots 0.2.2
                                  and NHS England's 2019 SQL; default) */
    CT_TREND_XMR_ON_MEAN_SKIP        /* it neither adds to nor breaks the run (the
                                  run-chart convention for the median) */
} ct_trend_xmr_on_mean;

/* Which points count towards "2 of 3" (METHODS-ADDENDUM §B.4). */
typedef enum ct_trend_xmr_two_in_three {
    CT_TREND_XMR_TWO_IN_THREE_PACKAGE = 0, /* only points between the near limit
                                        and the process limit
                                        (NHSRplotthedots 0.2.2; default) */
    CT_TREND_XMR_TWO_IN_THREE_MDC2023      /* every point beyond the near limit,
                                        outside limits included (Making Data
                                        Count, November 2023) */
} ct_trend_xmr_two_in_three;

typedef struct ct_trend_xmr_options {
    bool screen;          /* screen moving ranges >= 3.267 AMR once before
                             the limits (NHSRplotthedots' screen_outliers,
                             default true; the MDC spreadsheets do not) */
    size_t fix_after;     /* 0: the mean and AMR of each group use all its
                             points; otherwise only its first 'fix_after'
                             (at least 12), the limits extending to the
                             later points (fix_after_n_points) */
    const size_t *rebase; /* 0-based indices of the points that start a new
                             group with its own mean, limits and rules
                             (rebase); 0 and indices past the end are
                             ignored, as dates missing from the data are */
    size_t n_rebase;
    ct_trend_xmr_on_mean on_mean;
    ct_trend_xmr_two_in_three two_in_three;
    double tolerance;     /* a point within this of the mean counts as on
                             it (default 0: exact, after R's mean) */
} ct_trend_xmr_options;

/* The defaults above: screening on, no fix, no rebase, the package's
 * rules, tolerance 0. */
void ct_trend_xmr_options_init(ct_trend_xmr_options *o);

/* One point of a chart: its group's centre and limits and its rule. */
typedef struct ct_trend_xmr_point {
    size_t group;        /* rebase group, 0-based */
    double mean, amr, upper, lower, near_upper, near_lower;
    int side;            /* +1 above the mean, -1 below, 0 on it */
    ct_trend_xmr_rule rule;
    bool no_variation;   /* the group's fixed points do not vary (AMR 0):
                            limits on the mean, nothing flagged */
    bool short_group;    /* the group has fewer than 13 points, so its
                            limits are trial limits (NHSRplotthedots warns
                            below its threshold of 13) */
} ct_trend_xmr_point;

/* XmR chart as NHSRplotthedots 0.2.2 (METHODS-ADDENDUM §B.1-B.3), for
 * x[0..n-1] in time order, into points[0..n-1].  Per rebase group:
 * mean = R's mean of the fixed points; MR = |x_i - x_{i-1}| between fixed
 * points of the group; AMR = their mean, then (screening) the mean of
 * those MR < 3.267 AMR; limits mean -/+ 2.66 AMR, near limits mean -/+
 * (2/3) 2.66 AMR, strict comparisons.  Rules, within a group, in this
 * precedence:
 *   outside limits: x > upper or x < lower;
 *   trend: 7 points each strictly higher (or lower) than the one before
 *          (a tie breaks it), every point of the run flagged;
 *   2 of 3: 3 consecutive points all on one side of the mean (none on it)
 *          with at least 2 beyond the near limit (package: and inside the
 *          limits); those points are flagged;
 *   shift: 7 consecutive points on one side of the mean (a point on the
 *          mean breaks the run, or with CT_TREND_XMR_ON_MEAN_SKIP is passed
 *          over), all flagged.
 * 'o' may be NULL for the defaults.  CT_STATUS_DOMAIN for n < 2, a value not
 * finite, a fix_after of 1 to 11 or a negative tolerance.  Example
 * (METHODS-ADDENDUM §B.6): 95 97 93 96 94 128 95 92 103 105 102 100 104
 * 106 103 105 96 110 101 111 96 93 90 85 -> mean 100, AMR 111/21,
 * limits 85.94 and 114.06; point 6 above, 18 and 20 "2 of 3", 24 below. */
ct_status ct_trend_xmr_chart(const double *x, size_t n,
                             const ct_trend_xmr_options *o, ct_trend_xmr_point *points,
                             ct_error *err);

#endif
