/* fuzz_claims.c - the claims file (CSV) reader, and the checking of what
 * it read, on arbitrary bytes. */
#include "crimetrend/claim.h"
#include "crimetrend/claim_csv.h"
#include "fuzz_support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *in = fuzz_open(data, size);
    if (in == NULL)
        return 0;
    ct_claim_set *set = ct_claim_set_new();
    if (set != NULL) {
        ct_error err = CT_ERROR_INIT;
        (void)ct_claim_csv_read(set, in, "claims.csv", &err);
        ct_claim_set_free(set);
    }
    fclose(in);
    return 0;
}
