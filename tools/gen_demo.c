/*
 * gen_demo.c - generate the bundled "demo-county" dataset.
 *
 * EVERYTHING THIS PROGRAM WRITES IS SYNTHETIC.  The places, people and crimes
 * are invented; only the orders of magnitude are meant to look like an
 * English county.  Do not use the output for anything but demonstrations and
 * tests.
 *
 * The synthetic world is the nation "Demoland": 4 counties of 5 districts.
 * The demo county is Demoshire (a university city with a night-time economy,
 * a large town and three rural or market-town districts).  The program writes
 * four files into the folder named on the command line:
 *
 *   areas.csv       area,parent           district -> county -> Demoland
 *   peers.csv       area,peer             7 most similar districts of each one
 *   population.csv  area,period,population  mid-year estimates 2015..2024
 *   counts.csv      area,offence,period,count  monthly 2015-01..2024-12,
 *                                         14 police.uk crime types
 *
 * Expected monthly counts come from a base rate per 1,000 residents, a crime
 * level derived from each district's characteristics, seasonality, a trend
 * per crime type, a lockdown-style disturbance in 2020-21 and one local rise
 * in possession of weapons.  Observed counts are gamma-Poisson draws (fixed
 * seed, gsl_rng_mt19937), so they are over-dispersed like real ones.  The
 * output is the same bytes on every run: no clock, no locale, integers only.
 *
 * Build and run: make datasets   (gen_demo datasets/demo-county)
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#define SEED 20160331UL  /* fixed seed for gsl_rng_mt19937 */
#define FIRST_YEAR 2015
#define N_YEARS 10
#define N_MONTHS (12 * N_YEARS)
#define N_DIST 20
#define N_OFF 14
#define N_PEERS 7
#define NATION "Demoland"
#define REGIONAL_SHAPE 80.0  /* gamma shape of each district's own level per
                                crime type (sd about 11%) */
#define MONTHLY_SHAPE 60.0   /* gamma shape of month-to-month extra noise */
#define WEAPONS_DISTRICT "Marlhampton" /* where weapons offences take off */

enum { DEMOSHIRE, BRACKENSHIRE, WENDMOOR, GLYNMARCH, N_COUNTY };
static const char *const county_name[N_COUNTY] = {
    "Demoshire", "Brackenshire", "Wendmoor", "Glynmarch"};

/* Invented districts.  density: residents per hectare in tenths;
 * deprivation: an IMD-style average score (England median about 17);
 * students: full-time students as % of residents; nte: night-time economy
 * index 0..10; growth: typical population growth, hundredths of % a year. */
struct district {
    const char *name;
    int county, pop2015, growth, density, deprivation, students, nte;
};
static const struct district dist[N_DIST] = {
    /* name               county        pop2015 grow dens dep stu nte */
    {"Sallowford",        DEMOSHIRE,    148500, 60, 352, 24, 22, 9}, /* city */
    {"Marlhampton",       DEMOSHIRE,    138900, 75, 141, 21,  3, 5}, /* town */
    {"Harrowmere Vale",   DEMOSHIRE,    109300, 55,  20, 13,  1, 3},
    {"Copsley Downs",     DEMOSHIRE,     93800, 40,  12,  9,  1, 1},
    {"Thistlecombe",      DEMOSHIRE,    116200, 60,  16, 11,  1, 2},
    {"Brackenholt",       BRACKENSHIRE, 151200, 40, 298, 30, 12, 8},
    {"Ormsworth",         BRACKENSHIRE, 134500, 35, 180, 27,  2, 5},
    {"Tillingford",       BRACKENSHIRE, 111800, 45,  80, 22,  1, 3},
    {"Kestlow Moor",      BRACKENSHIRE,  94200, 30,  15, 15,  1, 1},
    {"Fennick Green",     BRACKENSHIRE, 121300, 65, 102, 18,  2, 2},
    {"Scarrowby",         WENDMOOR,     101600, 30,  35, 20,  1, 3},
    {"Hobbeck Dale",      WENDMOOR,      90300, 25,   6, 12,  1, 1},
    {"Meresby",           WENDMOOR,      98100, 35,  25, 16,  1, 2},
    {"Rookhallow",        WENDMOOR,     115400, 50,  92, 24,  4, 4},
    {"Fallowmere",        WENDMOOR,      92500, 35,  11, 10,  1, 1},
    {"Marchbury",         GLYNMARCH,    141800, 65, 251, 19, 18, 8},
    {"Llanfen\xc3\xb4g",  GLYNMARCH,     90900, 30,   8, 17,  1, 1}, /* o-circumflex in UTF-8 */
    {"Dunsmere",          GLYNMARCH,    124600, 55,  70, 14,  2, 3},
    {"Pellingham",        GLYNMARCH,    132800, 70, 121, 11,  3, 3},
    {"Wyrecombe",         GLYNMARCH,     96700, 40,  14, 11,  1, 2},
};

enum { FLAT, SUMMER, WINTER };
/* Seasonal shapes, Jan..Dec, tenths of the amplitude; each sums to zero. */
static const int shape[3][12] = {
    {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    {-10, -9, -5, -1, 4, 8, 10, 9, 3, 0, -3, -6},
    {9, 5, 0, -5, -8, -10, -9, -7, -3, 4, 10, 14},
};

/* The 14 police.uk crime types, in the sort order of counts.csv.
 * rate:    recorded crimes per 1,000 residents a year in a typical district
 *          around 2019, in tenths;
 * urban:   how strongly the type follows the district's crime level (an
 *          exponent, hundredths): robbery concentrates in cities, ASB less;
 * nte:     % more per night-time-economy point above 3;
 * student: % more per percentage point of student residents;
 * season, amp: seasonal shape and its amplitude in %;
 * lock:    % change at full lockdown intensity (2020-21);
 * trend:   level in each year 2015..2024, % (interpolated month by month). */
struct offence {
    const char *name;
    int rate, urban, nte, student, season, amp, lock;
    int trend[N_YEARS];
};
static const struct offence off[N_OFF] = {
    {"Anti-social behaviour", 200, 80, 2, 0, SUMMER, 25, 90,
     {125, 116, 107, 99, 93, 88, 82, 75, 70, 66}},        /* falling */
    {"Bicycle theft", 15, 100, 0, 6, SUMMER, 35, 10,
     {104, 100, 101, 98, 95, 96, 88, 84, 81, 78}},
    {"Burglary", 50, 100, 0, 0, WINTER, 15, -35,
     {126, 121, 116, 110, 103, 94, 86, 83, 79, 75}},      /* falling */
    {"Criminal damage and arson", 80, 80, 2, 0, WINTER, 6, -15,
     {96, 100, 103, 103, 101, 98, 96, 95, 92, 89}},
    {"Drugs", 20, 120, 4, 0, FLAT, 0, 35,
     {112, 101, 95, 92, 97, 104, 100, 96, 99, 103}},
    {"Other crime", 15, 80, 0, 0, FLAT, 0, -5,
     {82, 93, 103, 110, 114, 115, 117, 116, 114, 112}},
    {"Other theft", 70, 90, 4, 0, SUMMER, 8, -45,
     {104, 104, 105, 104, 102, 97, 93, 94, 96, 95}},
    {"Possession of weapons", 6, 130, 3, 0, SUMMER, 8, -15,
     {72, 82, 93, 103, 109, 108, 104, 106, 109, 111}},
    {"Public order", 80, 100, 4, 0, SUMMER, 8, -10,
     {55, 74, 93, 107, 114, 117, 121, 120, 114, 108}},
    {"Robbery", 6, 160, 4, 0, WINTER, 12, -45,
     {80, 90, 104, 112, 116, 108, 98, 104, 110, 114}},
    {"Shoplifting", 50, 110, 2, 0, WINTER, 6, -50,
     {100, 101, 103, 103, 102, 98, 95, 114, 146, 172}},   /* up from 2022 */
    {"Theft from the person", 10, 150, 8, 1, WINTER, 8, -65,
     {88, 97, 106, 112, 118, 110, 98, 110, 124, 130}},
    {"Vehicle crime", 50, 100, 0, 0, WINTER, 10, -40,
     {98, 102, 107, 110, 108, 103, 96, 100, 101, 99}},    /* lockdown dip */
    {"Violence and sexual offences", 280, 85, 3, 0, SUMMER, 10, -20,
     {76, 86, 97, 105, 110, 113, 118, 123, 126, 128}},    /* rising */
};

/* Lockdown intensity in % for the months 2020-03 .. 2021-07. */
#define LOCK_FIRST ((2020 - FIRST_YEAR) * 12 + 2)
static const int lockdown[] = {30, 100, 80, 50, 30, 20, 20, 30, 70,
                               40, 90,  90, 70, 40, 30, 20, 10};
#define N_LOCK ((int)(sizeof lockdown / sizeof lockdown[0]))

/* Everything generated, kept until it is written in sorted order. */
static long pop[N_DIST][N_YEARS];
static unsigned int cnt[N_DIST][N_OFF][N_MONTHS];
static int peer[N_DIST][N_PEERS];
static double level[N_DIST];

static int by_name(const void *a, const void *b)
{
    return strcmp(dist[*(const int *)a].name, dist[*(const int *)b].name);
}

static int days_in_month(int year, int month /* 1..12 */)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return d[month - 1] + (month == 2 && leap);
}

/* Linear interpolation of a per-year series at month t, the yearly values
 * standing for the middle of each year. */
static double at_month(const double *yearly, int t)
{
    double x = (t + 0.5) / 12.0 - 0.5;
    if (x <= 0.0)
        return yearly[0];
    if (x >= N_YEARS - 1)
        return yearly[N_YEARS - 1];
    int i = (int)x;
    double f = x - i;
    return yearly[i] * (1.0 - f) + yearly[i + 1] * f;
}

/* Crime level index: deprivation, density and night-time economy push it up;
 * scaled so that the population-weighted mean over Demoland is 1. */
static void make_levels(void)
{
    double sum = 0.0, people = 0.0;
    for (int d = 0; d < N_DIST; d++) {
        level[d] = 35.0 + 2.5 * dist[d].deprivation +
                   1.2 * dist[d].density / 10.0 + 3.0 * dist[d].nte;
        sum += level[d] * dist[d].pop2015;
        people += dist[d].pop2015;
    }
    for (int d = 0; d < N_DIST; d++)
        level[d] *= people / sum;
}

/* Mid-year populations: each district grows at its own rate with a small
 * seeded wiggle (sd 0.25 percentage points a year). */
static void make_population(gsl_rng *r)
{
    for (int d = 0; d < N_DIST; d++) {
        double p = dist[d].pop2015;
        for (int y = 0; y < N_YEARS; y++) {
            if (y > 0)
                p *= 1.0 + dist[d].growth / 10000.0 +
                     gsl_ran_gaussian(r, 0.0025);
            pop[d][y] = (long)floor(p + 0.5);
        }
    }
}

/* Peers: the 7 nearest other districts by Euclidean distance on the four
 * characteristics, each standardised (log density).  Nearest first. */
static void make_peers(void)
{
    double x[N_DIST][4], mean[4] = {0}, sd[4] = {0};
    for (int d = 0; d < N_DIST; d++) {
        x[d][0] = log(dist[d].density / 10.0);
        x[d][1] = dist[d].deprivation;
        x[d][2] = dist[d].students;
        x[d][3] = dist[d].nte;
    }
    for (int k = 0; k < 4; k++) {
        for (int d = 0; d < N_DIST; d++)
            mean[k] += x[d][k] / N_DIST;
        for (int d = 0; d < N_DIST; d++)
            sd[k] += (x[d][k] - mean[k]) * (x[d][k] - mean[k]) / N_DIST;
        sd[k] = sqrt(sd[k]);
    }
    for (int d = 0; d < N_DIST; d++) {
        double dd[N_DIST];
        int used[N_DIST] = {0};
        for (int e = 0; e < N_DIST; e++) {
            dd[e] = 0.0;
            for (int k = 0; k < 4; k++) {
                double z = (x[d][k] - x[e][k]) / sd[k];
                dd[e] += z * z;
            }
        }
        used[d] = 1;
        for (int p = 0; p < N_PEERS; p++) {
            int best = -1;
            for (int e = 0; e < N_DIST; e++)
                if (!used[e] && (best < 0 || dd[e] < dd[best] ||
                                 (!(dd[e] > dd[best]) &&
                                  strcmp(dist[e].name, dist[best].name) < 0)))
                    best = e;
            used[best] = 1;
            peer[d][p] = best;
        }
    }
}

static void make_counts(gsl_rng *r)
{
    for (int d = 0; d < N_DIST; d++) {
        double popd[N_YEARS];
        for (int y = 0; y < N_YEARS; y++)
            popd[y] = (double)pop[d][y];
        for (int o = 0; o < N_OFF; o++) {
            const struct offence *of = &off[o];
            double trend[N_YEARS];
            for (int y = 0; y < N_YEARS; y++)
                trend[y] = of->trend[y] / 100.0;
            double m = of->rate / 10.0 / 1000.0;
            m *= pow(level[d], of->urban / 100.0);
            m *= 1.0 + of->nte / 100.0 * (dist[d].nte - 3);
            m *= 1.0 + of->student / 100.0 * dist[d].students;
            m *= gsl_ran_gamma(r, REGIONAL_SHAPE, 1.0 / REGIONAL_SHAPE);
            int weapons = strcmp(of->name, "Possession of weapons") == 0 &&
                          strcmp(dist[d].name, WEAPONS_DISTRICT) == 0;
            for (int t = 0; t < N_MONTHS; t++) {
                int year = FIRST_YEAR + t / 12, month = t % 12 + 1;
                double mu = m * at_month(popd, t) * at_month(trend, t);
                mu *= days_in_month(year, month) / 365.25;
                mu *= 1.0 + of->amp / 100.0 * shape[of->season][month - 1] / 10.0;
                if (t >= LOCK_FIRST && t < LOCK_FIRST + N_LOCK)
                    mu *= 1.0 + of->lock / 100.0 * lockdown[t - LOCK_FIRST] / 100.0;
                if (weapons && t >= 54) /* from 2019-07: ramp up to x2.6 */
                    mu *= 1.0 + 1.6 * (t - 54) / (N_MONTHS - 1 - 54);
                mu *= gsl_ran_gamma(r, MONTHLY_SHAPE, 1.0 / MONTHLY_SHAPE);
                cnt[d][o][t] = gsl_ran_poisson(r, mu);
            }
        }
    }
}

/* ---- output ---------------------------------------------------------- */

struct area_row { const char *area, *parent; };

static int cmp_area_row(const void *a, const void *b)
{
    return strcmp(((const struct area_row *)a)->area,
                  ((const struct area_row *)b)->area);
}

static int write_areas(FILE *f, const int *order)
{
    struct area_row rows[N_DIST + N_COUNTY];
    (void)order; /* districts and counties are sorted together below */
    for (int d = 0; d < N_DIST; d++)
        rows[d] = (struct area_row){dist[d].name, county_name[dist[d].county]};
    for (int c = 0; c < N_COUNTY; c++)
        rows[N_DIST + c] = (struct area_row){county_name[c], NATION};
    qsort(rows, N_DIST + N_COUNTY, sizeof rows[0], cmp_area_row);
    for (int i = 0; i < N_DIST + N_COUNTY; i++)
        if (fprintf(f, "%s,%s\n", rows[i].area, rows[i].parent) < 0)
            return -1;
    return 0;
}

static int write_peers(FILE *f, const int *order)
{
    for (int i = 0; i < N_DIST; i++)
        for (int p = 0; p < N_PEERS; p++)
            if (fprintf(f, "%s,%s\n", dist[order[i]].name,
                        dist[peer[order[i]][p]].name) < 0)
                return -1;
    return 0;
}

static int write_population(FILE *f, const int *order)
{
    for (int i = 0; i < N_DIST; i++)
        for (int y = 0; y < N_YEARS; y++)
            if (fprintf(f, "%s,%d,%ld\n", dist[order[i]].name, FIRST_YEAR + y,
                        pop[order[i]][y]) < 0)
                return -1;
    return 0;
}

static int write_counts(FILE *f, const int *order)
{
    for (int i = 0; i < N_DIST; i++)
        for (int o = 0; o < N_OFF; o++)
            for (int t = 0; t < N_MONTHS; t++)
                if (fprintf(f, "%s,%s,%d-%02d,%u\n", dist[order[i]].name,
                            off[o].name, FIRST_YEAR + t / 12, t % 12 + 1,
                            cnt[order[i]][o][t]) < 0)
                    return -1;
    return 0;
}

/* The files of the dataset: each one's header line and the writer of its
 * rows (districts in the order given). */
static const struct demo_file {
    const char *name;
    const char *header;
    int (*rows)(FILE *, const int *);
} demo_files[] = {
    {"areas.csv", "area,parent", write_areas},
    {"peers.csv", "area,peer", write_peers},
    {"population.csv", "area,period,population", write_population},
    {"counts.csv", "area,offence,period,count", write_counts},
};

/* Write dir/name through a temporary file in the same folder, renamed into
 * place only once everything has been written and closed without error. */
static int write_file(const char *dir, const struct demo_file *file,
                      const int *order)
{
    const char *name = file->name;
    char path[4096], tmp[4096];
    int n1 = snprintf(path, sizeof path, "%s/%s", dir, name);
    int n2 = snprintf(tmp, sizeof tmp, "%s/.%s.tmp", dir, name);
    if (n1 < 0 || n2 < 0 || (size_t)n1 >= sizeof path ||
        (size_t)n2 >= sizeof tmp) {
        fprintf(stderr, "gen_demo: path too long: %s\n", dir);
        return -1;
    }
    FILE *f = fopen(tmp, "w");
    if (f == NULL) {
        fprintf(stderr, "gen_demo: %s: %s\n", tmp, strerror(errno));
        return -1;
    }
    int bad = fprintf(f, "%s\n", file->header) < 0 ||
              file->rows(f, order) != 0 || fflush(f) != 0 || ferror(f);
    int saved = errno;
    if (fclose(f) != 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    if (bad) {
        fprintf(stderr, "gen_demo: writing %s: %s\n", tmp, strerror(saved));
        remove(tmp);
        return -1;
    }
    if (rename(tmp, path) != 0) {
        fprintf(stderr, "gen_demo: renaming %s to %s: %s\n", tmp, path,
                strerror(errno));
        remove(tmp);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_demo OUTPUT-FOLDER\n");
        return 2;
    }
    if (mkdir(argv[1], 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "gen_demo: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }

    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (r == NULL) {
        fprintf(stderr, "gen_demo: cannot allocate the random generator\n");
        return 1;
    }
    gsl_rng_set(r, SEED);
    make_levels();
    make_population(r);
    make_peers();
    make_counts(r);
    gsl_rng_free(r);

    int order[N_DIST];
    for (int d = 0; d < N_DIST; d++)
        order[d] = d;
    qsort(order, N_DIST, sizeof order[0], by_name);

    for (size_t i = 0; i < sizeof demo_files / sizeof demo_files[0]; i++)
        if (write_file(argv[1], &demo_files[i], order) != 0)
            return 1;
    return 0;
}
