/* fuzz_csv.c - the dataset's CSV readers (counts, populations, peers,
 * areas) on arbitrary bytes.  The first byte picks the reader and its
 * options, so one corpus exercises all four. */
#include <string.h>

#include "crimetrend/dataset.h"
#include "crimetrend/ingest.h"
#include "fuzz_support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned pick = data[0];
    FILE *in = fuzz_open(data + 1, size - 1);
    if (in == NULL)
        return 0;
    ct_dataset *ds = ct_dataset_new();
    if (ds == NULL) {
        fclose(in);
        return 0;
    }
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.latin1 = (pick & 4) != 0;
    ct_error err = CT_ERROR_INIT;
    switch (pick & 3) {
    case 0: (void)ct_ingest_counts(ds, in, "fuzz.csv", &opt, &err); break;
    case 1: (void)ct_ingest_population(ds, in, "fuzz.csv", &opt, &err); break;
    case 2: (void)ct_ingest_peers(ds, in, "fuzz.csv", &opt, &err); break;
    default: (void)ct_ingest_areas(ds, in, "fuzz.csv", &opt, &err); break;
    }
    fclose(in);
    ct_dataset_free(ds);
    return 0;
}
