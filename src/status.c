/* status.c - the names of the status codes. */
#include "crimetrend/status.h"

const char *ct_status_name(ct_status status)
{
    switch (status) {
    case CT_STATUS_OK: return "success";
    case CT_STATUS_USAGE: return "usage error";
    case CT_STATUS_INPUT: return "input error";
    case CT_STATUS_IO: return "input/output error";
    case CT_STATUS_NOMEM: return "out of memory";
    case CT_STATUS_DOMAIN: return "value out of range";
    case CT_STATUS_NUMERIC: return "numerical failure";
    case CT_STATUS_INTERNAL: return "internal error";
    }
    return "unknown status";
}
