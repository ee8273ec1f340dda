/* local_options.c - options of a single command, taken out of argv before
 * the shared catalogue parses the rest. */
#include <stdlib.h>
#include <string.h>

#include "local_options.h"

/* The shared help with the command's own options inserted before the
 * exit-status paragraph. */
static void print_help(const cli_command *cmd, const cli_local_option *opts,
                       size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (m == NULL) {
        cli_print_help(cmd, stdout);
        return;
    }
    cli_print_help(cmd, m);
    fclose(m);
    const char *exit_para = strstr(buf, "\nExit status");
    size_t head = exit_para ? (size_t)(exit_para - buf) : len;
    fwrite(buf, 1, head, stdout);
    for (size_t i = 0; i < n; i++) {
        char left[64];
        snprintf(left, sizeof left, "--%s%s%s", opts[i].name,
                 opts[i].arg ? " " : "", opts[i].arg ? opts[i].arg : "");
        printf("  %-24s %s\n", left, opts[i].help);
    }
    fputs(buf + head, stdout);
    free(buf);
}

int cli_take_local_options(const cli_command *cmd, int *argc, char **argv,
                           cli_local_option *opts, size_t n)
{
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--") == 0) {
            while (i < *argc)
                argv[out++] = argv[i++];
            break;
        }
        if (strcmp(s, "--help") == 0) {
            print_help(cmd, opts, n);
            return EXIT_OK;
        }
        cli_local_option *o = NULL;
        const char *eq = NULL;
        if (s[0] == '-' && s[1] == '-')
            for (size_t k = 0; k < n; k++) {
                size_t l = strlen(opts[k].name);
                if (strncmp(s + 2, opts[k].name, l) == 0 &&
                    (s[2 + l] == '\0' || s[2 + l] == '=')) {
                    o = &opts[k];
                    eq = s[2 + l] == '=' ? s + 3 + l : NULL;
                    break;
                }
            }
        if (o == NULL) {
            argv[out++] = argv[i];
            continue;
        }
        o->given = true;
        if (o->arg == NULL) {
            if (eq != NULL)
                return cli_usage_error(cmd, "option '--%s' takes no "
                                       "argument", o->name);
            continue;
        }
        if (eq != NULL)
            o->value = eq;
        else if (i + 1 < *argc)
            o->value = argv[++i];
        else
            return cli_usage_error(cmd, "option '--%s' needs an argument",
                                   o->name);
    }
    argv[out] = NULL;
    *argc = out;
    return -1;
}

int cli_run_local(const cli_command *cmd, int argc, char **argv,
                  cli_local_option *opts, size_t n, cli_local_run_fn run)
{
    int status = cli_take_local_options(cmd, &argc, argv, opts, n);
    if (status >= 0)
        return status;
    cli_args a;
    if ((status = cli_parse(cmd, argc, argv, &a)) >= 0)
        return status;
    status = run(cmd, &a, opts);
    cli_args_free(&a);
    return status;
}

bool cli_local_size(const char *s, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end != '\0' || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}
