/* fuzz_incident.c - the police.uk street-file reader on arbitrary bytes,
 * fed in two pieces at a split chosen by the first byte, so that lines and
 * quoted fields cut across reads are exercised too. */
#include "crimetrend/incident.h"
#include "fuzz_support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t cut = data[0] % size;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    if (cut > len)
        cut = len;
    ct_incident_options opt;
    ct_incident_options_init(&opt);
    opt.skip_bad = (data[0] & 1) != 0;
    ct_incident_agg *agg = ct_incident_agg_new(&opt);
    if (agg == NULL)
        return 0;
    ct_error err = CT_ERROR_INIT;
    ct_incident_reader *r = ct_incident_reader_new(agg, "street.csv", NULL,
                                                   0, &err);
    if (r != NULL) {
        if (ct_incident_feed(r, text, cut, &err) == CT_STATUS_OK &&
            ct_incident_feed(r, text + cut, len - cut, &err) == CT_STATUS_OK &&
            ct_incident_finish(r, &err) == CT_STATUS_OK) {
            FILE *out = fopen("/dev/null", "w");
            if (out != NULL) {
                (void)ct_incident_write(agg, out, &err);
                fclose(out);
            }
        }
        ct_incident_reader_free(r);
    }
    ct_incident_agg_free(agg);
    return 0;
}
