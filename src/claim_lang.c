/* claim_lang.c - the language tables of the claim finder (claim_lang.h):
 * data only, read by claim_lex.c and claim_find.c. */
#include <stddef.h>

#include "claim_lang.h"

/* ---- languages ------------------------------------------------------- */

static const char *const en_common[] = {
    "the", "of", "and", "to", "in", "was", "were", "from", "by", "with",
    "for", "is", "has", "have", "this", "that", "year", "crime", "rose",
    "fell", "increase", "per", "cent", "which", "an", "on", NULL
};

static const cue en_cues[] = {
    {"in comparison with", "compared with"},
    /* "dropped to 10 counts, as opposed to 2017, which had 20" */
    {"as opposed to", "compared with"},
    {"in comparison to", "compared with"},
    {"in contrast with", "compared with"},
    {"in contrast to", "compared with"},
    {"as against", "against"},
    /* "88 instances were reported as opposed to 124 in the last three
     * months of 2019" */
    {"as opposed to", "compared with"},
    /* "a decrease of 404 cases or equivalent to 9 per cent" */
    {"or equivalent to", "or"},
    /* "a reduction of 7,161 which equates to 4.5%" */
    {"which equates to", "or"},
    {"which equated to", "or"},
    {"which is equivalent to", "or"},
    /* "a 1% increase, translating to 1 324 cases, bringing the number to
     * 137 145": the change in counts, then the level it reached */
    {"translating to #", "or #"}, {"translating into #", "or #"},
    {"bringing the number to #", "to #"}, {"bringing the total to #", "to #"},
    {"bringing it to #", "to #"},
    {"year on year", ""},
    /* "fell 12% for the second year in a row, to 230 from 262": how long
     * the trend has run says nothing of the figures. */
    {"for the second year in a row", ""}, {"for the third year in a row", ""},
    {"for the second consecutive year", ""},
    {"for the third consecutive year", ""},
    {"for a second consecutive year", ""}, {"for a third consecutive year", ""},
    {"for a second year in a row", ""}, {"for a third year in a row", ""},
    /* "(3,601 v. 3,430)", "(423 vs 394)"; "245 reports compared 209",
     * with "with" left out. */
    {"vs", "versus"},
    {"v", "versus"},
    {"compared #", "versus #"},
    /* "1.56 victims for every 100,000 population", "38 per every 1,000
     * people" */
    {"for every", "per"},
    {"per every", "per"},
    /* "approx 4 in every 1,000": a rate when the base is a population
     * (a thousand or more; "one in every 10" is a share, mark_rate_base
     * gives it back). */
    {"in every #", "per #"},
    /* "increased by only 115 (0.03%)": the figure is the change;
     * "falling from 1,002 cases to just 117": the later figure. */
    {"by only #", "by #"},
    /* "up by a stunning 25,107 people", "a whopping 20 per cent
     * increase": words that weigh a figure say nothing of its size. */
    {"a stunning #", "#"}, {"a whopping #", "#"}, {"a staggering #", "#"},
    {"an astonishing #", "#"}, {"a startling #", "#"},
    {"a shocking #", "#"}, {"an alarming #", "#"}, {"a worrying #", "#"},
    {"a massive #", "#"}, {"a huge #", "#"}, {"a remarkable #", "#"},
    /* "from 13 to a record 1,215 in 2014" */
    {"a record high of #", "#"}, {"a record #", "#"},
    /* "Out of a total of 2,830 reported burglaries ..., only 725 were
     * solved"; "thefts increased by 10% to total 436 (404)" */
    {"out of a total of #", "out of #"}, {"to total #", "to #"},
    /* "in 2010 when a total of 85,875 offences were recorded": the words
     * before a figure that say it is all of them. */
    {"when a total of #", "when #"}, {"where a total of #", "when #"},
    /* "an increase of 59.1% and an addition of 2 324 cases" ("in
     * addition to" stays words) */
    {"an addition of #", "an increase of #"},
    {"to just #", "to #"},
    {"to only #", "to #"},
    /* "just shy of a 60-percent increase": short of it ("ended just
     * shy of 400" stays words: the count is no claim's figure). */
    {"just shy of a #", "nearly a #"},
    {"shy of a #", "nearly a #"},
    {NULL, NULL}
};

static const struct number_word en_numbers[] = {
    {"zero", 0}, {"none", 0},
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
    {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
    {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
    {"ninety", 90}, {NULL, 0}
};

static const char *const es_common[] = {
    "el", "la", "los", "las", "de", "del", "que", "en", "y", "por", "un",
    "una", "con", "se", "fue", "año", "delitos", "respecto", "frente",
    "entre", "durante", "ciento", "cifra", "según", "más", "su", NULL
};

/* Spanish words of change, one list for each word the patterns read for
 * them ("aumentó" is read as "rose"). */
const char *const ctp_claim_lang_es_rose[] = {
    "aumentara", "creciera", "subiera", "aumentó", "aumentaron", "aumenta",
    "aumentado", "incrementado", "crecido", "subido", "incrementa",
    "incrementan", "suben", "crecen", "repuntaron", "aumentan", "incrementó",
    "incrementaron", "creció", "crecieron", "crece", "subió", "subieron",
    "sube", "repuntó", "elevó", "elevaron", "disparó", "dispararon",
    "disparado", "elevado", "incrementándose", "aumentando", "creciendo",
    "subiendo", "repuntan", "aumentar", NULL
};

const char *const ctp_claim_lang_es_fell[] = {
    "disminuyera", "disminuyeran", "cayera", "bajara", "descendiera", "mermó",
    "disminuido", "descendido", "bajado", "caído", "reducido", "bajan", "caen",
    "disminuyen", "descienden", "reducen", "decrecieron", "retrocede",
    "disminuyó", "disminuyeron", "disminuye", "descendió", "descendieron",
    "desciende", "bajó", "bajaron", "baja", "cayó", "cayeron", "cae", "redujo",
    "redujeron", "reduce", "retrocedió", "decreció", "desplomó",
    "disminuyendo", "reduciéndose", "bajando", "cayendo", "descendiendo",
    "retrocedieron", "decrecido", "mermaron", "reducir", "disminuir",
    /* "recortando 19,1 puntos", "recortó un 5%" */
    "recortó", "recortaron", "recorta", "recortan", "recortando",
    "recortado", NULL
};

static const char *const es_increase[] = {
    "aumentos", "incrementos", "aumento", "incremento", "crecimiento",
    "subida", "alza", "repunte", "suba", "ascenso", "alzas", "expansión",
    "escalada", NULL
};

static const char *const es_decrease[] = {
    "merma", "descensos", "reducciones", "disminuciones", "caídas", "desplome",
    "disminución", "descenso", "reducción", "caída", "bajada", "decremento",
    "retroceso", "decrecimiento", "recorte", NULL
};

static const char *const es_respectively[] = {"respectivamente", NULL};

/* Gerunds that count or total the figures a change follows from
 * (", sumando 21.825 casos frente a los 19.023"), and that show it
 * (", mostrando un 24% menos"). */
static const char *const es_totalling[] = {"sumando", "totalizando", NULL};
static const char *const es_registering[] = {
    "registrando", "contabilizando", NULL
};
static const char *const es_showing[] = {"mostrando", "reflejando", NULL};

static const word_cue es_word_cues[] = {
    {"rose", ctp_claim_lang_es_rose}, {"fell", ctp_claim_lang_es_fell},
    {"totalling", es_totalling}, {"registering", es_registering},
    {"showing", es_showing},
    {"increase", es_increase},
    {"decrease", es_decrease}, {"respectively", es_respectively},
    {NULL, NULL}
};

static const cue es_cues[] = {
    /* "457 homicidios, lo que comparado con los 499" */
    {"lo que comparado con", "compared with"},
    /* "bajan un 32,2% por segundo año consecutivo con un total de 23
     * casos ... frente a 34": how long the trend has run says nothing
     * of the figures. */
    {"por segundo año consecutivo", ""}, {"por tercer año consecutivo", ""},
    {"por cuarto año consecutivo", ""}, {"por quinto año consecutivo", ""},
    {"por segundo año seguido", ""}, {"por tercer año seguido", ""},
    /* "19 muertes más ..., lo que arroja un incremento del 7,4%": verbs
     * that say a change again, read as the one the patterns know. */
    {"lo que arroja", "lo que supone"}, {"lo que arrojó", "lo que supuso"},
    {"lo que refleja", "lo que supone"}, {"lo que reflejó", "lo que supuso"},
    {"lo que implica", "lo que supone"}, {"lo que implicó", "lo que supuso"},
    {"lo que indica", "lo que supone"}, {"lo que marca", "lo que supone"},
    {"lo que constituye", "lo que supone"},
    {"lo que se traduce en", "lo que supone"},
    {"lo cual representa", "lo que representa"},
    {"lo cual supone", "lo que supone"}, {"lo cual significa", "lo que significa"},
    /* The whole a share is of. */
    {"de los cuales", "of which"},
    {"de las cuales", "of which"},
    {"de los que", "of which"},
    {"de las que", "of which"},
    {"de ellos", "of which"},
    {"de ellas", "of which"},
    /* Figures compared: which is the earlier. */
    {"pasó de # a #", "from # to #"},
    {"pasó del # al #", "from # to #"},
    {"pasaron del # al #", "from # to #"},
    {"pasa del # al #", "from # to #"},
    {"pasan del # al #", "from # to #"},
    {"pasaron de # a #", "from # to #"},
    {"pasa de # a #", "from # to #"},
    {"pasan de # a #", "from # to #"},
    {"de # a #", "from # to #"},
    {"de # * a #", "from # * to #"},
    {"de # al #", "from # to #"},
    /* "se redujo del 4,6% en 2023 al 4,4% en 2024" */
    {"del # al #", "from # to #"},
    {"desde # hasta #", "from # to #"},
    {"desde los", "from the"},
    {"desde las", "from the"},
    {"desde", "from"},
    {"a un total de", "to a total of"},
    {"a la cantidad de", "to a total of"},
    {"a la cifra de", "to a total of"},
    {"hasta un total de", "to a total of"},
    /* "552 víctimas ... de un total de 8 mil 493, es decir, el 6.5%":
     * the whole of a part named before. */
    {"de un total de #", "out of #"}, {"sobre un total de #", "out of #"},
    {"un total de", "a total of"},
    {"en comparación con", "compared with"},
    {"en comparación a", "compared with"},
    {"comparado con", "compared with"},
    /* "un incremento del 3 por ciento al comparar con igual periodo de
     * 2021, cuando se reportaron 1.007" */
    {"al comparar con", "compared with"},
    {"al compararlo con", "compared with"},
    {"si se compara con", "compared with"},
    {"comparados con", "compared with"},
    {"comparadas con", "compared with"},
    {"comparada con", "compared with"},
    /* "330 homicidios en el 2024, comparados a los 447 del año 2023" */
    {"comparados a", "compared with"},
    {"comparadas a", "compared with"},
    {"comparado a", "compared with"},
    {"comparada a", "compared with"},
    /* "un aumento de casi el 30% con la del año anterior, que fue de
     * 10.357": the figure of the year before, compared with */
    {"con la del año anterior", "compared with last year"},
    {"con el del año anterior", "compared with last year"},
    {"con los del año anterior", "compared with last year"},
    {"con las del año anterior", "compared with last year"},
    {"con la del año pasado", "compared with last year"},
    {"con el del año pasado", "compared with last year"},
    {"con respecto al", "compared with"},
    {"con respecto a", "compared with"},
    {"con respecto del", "compared with"},
    /* "toda vez que de agosto a diciembre ... hubo dos": a reason */
    {"toda vez que", "because"}, {"puesto que", "because"},
    {"dado que", "because"},
    /* "Desde entonces, las cifras han bajado a 255" */
    {"desde entonces", "since then"},
    /* "con respeto al registro de 427", as often written for it */
    {"con respeto al", "compared with"}, {"con respeto a", "compared with"},
    {"respecto al", "compared with"},
    {"respecto a", "compared with"},
    {"respecto del", "compared with"},
    {"respecto de", "compared with"},
    {"en relación con", "compared with"},
    {"en relación al", "compared with"},
    {"en relación a", "compared with"},
    {"con relación al", "compared with"},
    {"en contraste con", "compared with"},
    {"en contraste del", "compared with"},
    {"en contraste al", "compared with"},
    {"con relación a", "compared with"},
    {"en comparación al", "compared with"},
    {"por encima de los", "compared with the"},
    {"por encima de las", "compared with the"},
    {"por debajo de los", "compared with the"},
    {"por debajo de las", "compared with the"},
    /* "coloca además a Galicia a 15,7 puntos de la tasa de la media
     * nacional": the gap between two rates, not a level reached. */
    {"a # puntos de", "# points compared with"},
    /* "un 34% por debajo de la media nacional" */
    /* "3,2 puntos por debajo que la nacional" */
    {"por debajo que", "lower"},
    {"por encima que", "higher"},
    {"por debajo del", "lower"},
    {"por debajo de", "lower"},
    {"por encima del", "higher"},
    {"por encima de", "higher"},
    /* "con un punto por encima (5,20%)" */
    {"por encima", "higher"},
    {"por debajo", "lower"},
    /* "aumentaron un 6,2 por ciento ..., de manera que se registraron
     * 1.799 denuncias frente a 1.695": the figures the change follows
     * from. */
    {"de manera que se", "so that"}, {"de manera que", "so that"},
    {"de modo que se", "so that"}, {"de modo que", "so that"},
    {"de forma que se", "so that"}, {"de forma que", "so that"},
    {"frente a los", "compared with the"},
    /* "frente las 313 de 2017", with the "a" left out */
    {"frente los", "compared with the"},
    {"frente las", "compared with the"},
    {"frente a las", "compared with the"},
    /* "se incoaron 2.208 diligencias, cantidad superior a las 1.930 del
     * año 2022": a figure set against another, as "frente a". */
    {"cantidad superior a las", "compared with the"},
    {"cantidad superior a los", "compared with the"},
    {"cantidad inferior a las", "compared with the"},
    {"cantidad inferior a los", "compared with the"},
    {"cifra superior a las", "compared with the"},
    {"cifra superior a los", "compared with the"},
    {"cifra inferior a las", "compared with the"},
    {"cifra inferior a los", "compared with the"},
    {"frente al", "compared with"},
    {"frente a", "compared with"},
    {"contra", "against"},
    {"el año anterior", "last year"},
    {"el año pasado", "last year"},
    /* "ya que para este año se registraron 375 asesinatos, contra los
     * 389": the year a count is "for". */
    {"para este año", "this year"}, {"para el año pasado", "last year"},
    {"para el año anterior", "last year"},
    /* Times in words: which count is the earlier. */
    {"año anterior", "last year"},
    {"año pasado", "last year"},
    /* "el pasado año", "el pasado ejercicio": the adjective before. */
    {"el pasado año", "last year"},
    {"el pasado ejercicio", "last year"},
    {"ejercicio anterior", "last year"},
    {"ejercicio pasado", "last year"},
    {"hace un año", "last year"},
    {"un año antes", "a year earlier"},
    {"un año atrás", "a year earlier"},
    {"el presente año", "this year"},
    {"el presente ejercicio", "this year"},
    {"el presente", "this year"},
    {"presente año", "this year"},
    {"este año", "this year"},
    {"este ejercicio", "this year"},
    {"lo que va de año", "this year"},
    {"lo que va del año", "this year"},
    {"año en curso", "this year"},
    /* "fueron 43, contra 94 del mismo mes del año actual" */
    {"del año actual", "of this year"}, {"año actual", "this year"},
    /* Hedges. */
    /* "un incremento superior al 147%": a bound, where "superior al del
     * año pasado" compares. */
    {"superior al #", "more than #"},
    {"superior a #", "more than #"},
    /* "un descenso superior a los dos puntos" */
    {"superior a los #", "more than #"},
    {"superior a las #", "more than #"},
    {"inferior a los #", "less than #"},
    {"inferior a las #", "less than #"},
    {"inferior al #", "less than #"},
    {"inferior a #", "less than #"},
    {"mayor al #", "more than #"},
    {"menor al #", "less than #"},
    {"poco más de", "just over"},
    /* "se redujeron ... en algo más del 50% los delitos": somewhat more. */
    {"en algo más del #", "by more than #"},
    {"en algo más de #", "by more than #"},
    {"algo más del #", "more than #"},
    {"algo más de #", "more than #"},
    {"algo menos del #", "less than #"},
    {"algo menos de #", "less than #"},
    {"más del", "more than"},
    {"menos del", "less than"},
    {"poco menos de", "just under"},
    {"más de", "more than"},
    {"menos de", "less than"},
    {"cerca de", "about"},
    {"cerca del", "about"},
    {"alrededor del", "around"},
    {"alrededor de", "around"},
    {"en torno al", "around"},
    {"en torno a", "around"},
    /* "un aumento cercano al 69 %": close to it */
    {"cercano al", "around"}, {"cercana al", "around"},
    {"cercanos al", "around"}, {"cercanas al", "around"},
    /* "y los hurtos rozan el 50%": come close to it */
    {"rozan el", "nearly"}, {"roza el", "nearly"}, {"rozaron el", "nearly"},
    {"rozó el", "nearly"},
    /* "aumentaron ... entorno al 30%": the two words run together, as
     * often printed */
    {"entorno al", "around"},
    {"entorno a", "around"},
    /* "una apreciable caída ..., del orden del -12,2%" */
    {"del orden del", "around"},
    {"del orden de", "around"},
    {"aproximadamente", "approximately"},
    {"unos #", "about #"},
    {"unas #", "about #"},
    {"aprox", "approximately"},
    {"casi un", "nearly"},
    {"casi una", "nearly"},
    {"casi el", "nearly"},
    {"casi", "nearly"},
    /* "un aumento de prácticamente el 33%" */
    {"prácticamente el", "nearly"}, {"prácticamente un", "nearly"},
    {"prácticamente", "nearly"},
    {"prácticamente", "nearly"},
    /* "por poco duplica la cantidad" */
    {"por poco", "nearly"},
    /* Rates. */
    {"por cada", "per"},
    {"por #", "per #"},
    /* "1,5 de cada mil mujeres" */
    {"de cada #", "per #"},
    /* "es mayor en 6.1 por ciento a la registrada en el mismo lapso de
     * 2021, cuando ...": the one compared with. */
    {"a la registrada", "than the"},
    {"a las registradas", "than the"},
    {"al registrado", "than the"},
    {"a los registrados", "than the"},
    /* "Al menos 106 crímenes": not "fewer". */
    {"al menos", "at least"},
    {"por lo menos", "at least"},
    /* "la disminución ronda el 20 por ciento" */
    {"ronda el #", "around #"},
    {"ronda #", "around #"},
    {"rondó el #", "around #"},
    {"rondan los #", "around #"},
    {"rondaron los #", "around #"},
    /* "22,2 homicidios cada 100 mil habitantes" leaves out "por". */
    {"cada #", "per #"},
    /* Comparatives. */
    {"más baja que", "lower than"},
    {"más bajo que", "lower than"},
    {"más bajas que", "lower than"},
    {"más bajos que", "lower than"},
    {"más alta que", "higher than"},
    {"más alto que", "higher than"},
    {"más altas que", "higher than"},
    {"más altos que", "higher than"},
    {"más", "more"},
    {"menos", "fewer"},
    {"mayor a", "higher than"},
    {"menor a", "lower than"},
    {"superior a", "higher than"},
    {"inferior a", "lower than"},
    /* "la mayor parte de éstas": most of them, no comparison */
    {"mayor parte", "most"},
    {"mayor", "higher"},
    {"menor", "lower"},
    {"superior", "higher"},
    {"inferior", "lower"},
    {"que", "than"},
    /* A change, in verbs and nouns. */
    /* "678, una cifra que supera en 14,5% los 592 del año anterior" */
    {"supera en un # a los", "rose by # than the"},
    {"supera en un # a las", "rose by # than the"},
    {"supera en un # los", "rose by # than the"},
    {"supera en un # las", "rose by # than the"},
    /* "cifra que supera en 25 % a todo lo reportado durante el 2024,
     * que reportaron 352 casos" */
    {"supera en # a todo lo reportado", "rose by # than the"},
    {"supera en # a todo lo registrado", "rose by # than the"},
    {"supera en # a lo reportado", "rose by # than the"},
    {"supera en # a lo registrado", "rose by # than the"},
    {"supera en # a los", "rose by # than the"},
    {"supera en # a las", "rose by # than the"},
    {"supera en # los", "rose by # than the"},
    {"supera en # las", "rose by # than the"},
    {"supera en un # a la", "rose by # than the"},
    {"supera en # a la", "rose by # than the"},
    /* "Esta cifra supera en 668 casos a la del 2023" */
    {"supera en un #", "rose by #"},
    {"supera en #", "rose by #"},
    {"superó en #", "rose by #"},
    /* "un descenso del 10%, al pasar de 2 mil 534 a 2 mil 294": "by
     * going from" ties the figures to the change before them. */
    {"pasando de # a #", "thereby from # to #"},
    {"pasando del # al #", "thereby from # to #"},
    {"al pasar del # al #", "thereby from # to #"},
    {"al pasar de # a #", "thereby from # to #"},
    {"al pasar de", "thereby from"},
    {"pasando de", "thereby from"},
    /* "al pasar las carpetas de investigación de 48 a 57": what is
     * counted between the verb and its figures. */
    {"al pasar", "thereby"},
    /* "triplicaron los del ejercicio anterior, y pasaron de 6 en 2022 a
     * 17": "and" and a verb of passing go on with the change before */
    {"y pasaron de", "and thereby from"},
    {"y pasó de", "and thereby from"},
    /* "de los cuales el 64.9 por ciento, esto es, 931 fueron dolosos":
     * the words that say it again, read as "es decir" is. */
    {"esto es", "is decir"}, {"o sea", "is decir"},
    /* "de las cuales mil 165, equivalente al 85.16 por ciento, fueron":
     * the share said of the count before, as "or" says it */
    {"equivalente al #", "or #"},
    {"equivalentes al #", "or #"},
    {"pasó de", "from"},
    {"pasaron de", "from"},
    /* "los robos ..., que han pasado de 305 ... a 267" */
    {"han pasado de", "from"},
    {"ha pasado de", "from"},
    {"pasado de", "from"},
    {"a #", "to #"},
    {"a los #", "to the #"},
    {"a las #", "to the #"},
    /* "tras pasar de 91 casos a solo 69": a word that makes the later
     * figure small stands between. */
    {"a solo #", "to #"}, {"a sólo #", "to #"}, {"a apenas #", "to #"},
    {"pasa de", "from"},
    {"pasan de", "from"},
    /* "creció un 10,28 % ... y se situó en el 60,68": the level the
     * change reached. */
    /* "ascendieron un 54,08% ..., hasta alcanzar la cifra de 792" */
    {"hasta alcanzar la cifra de", "to"}, {"hasta alcanzar los", "to the"},
    {"hasta alcanzar las", "to the"}, {"hasta alcanzar", "to"},
    {"y se situó en el", "to"},
    {"y se situó en", "to"},
    {"situándose en el", "to"},
    {"situándose en", "to"},
    {"hasta situarse en el", "to"},
    {"hasta situarse en", "to"},
    /* "Esta variación interanual ... se sitúa ahora en el 78,5 por
     * ciento": what a change or level stands at. */
    {"se sitúa ahora en el", "is"}, {"se sitúa en el", "is"},
    {"se sitúa en", "is"}, {"se situó en el", "was"}, {"se situó en", "was"},
    /* "en 2018 este porcentaje se ubicó en 26,3%": a level */
    {"se ubicó en el", "was"}, {"se ubicó en", "was"}, {"se ubica en", "is"},
    /* "(pasan 553 a 674)" leaves out "de". */
    {"pasan # a #", "from # to #"},
    {"pasa # a #", "from # to #"},
    {"en un #", "by #"},
    {"en #", "by #"},
    {"porcentual", ""},
    {"se redujeron", "fell"}, {"se redujo", "fell"}, {"se disparó", "rose"},
    {"se dispararon", "rose"}, {"se desplomó", "fell"},
    {"se desplomaron", "fell"}, {"se elevó", "rose"}, {"al alza", "up"},
    {"a la baja", "down"},
    /* "con una variación positiva del 32,7%": a change with its
     * direction. */
    {"variación positiva", "increase"}, {"variación negativa", "decrease"},
    {"variación", "change"}, {"variaciones", "change"},
    /* "con una diferencia sobre el año 2010 del 11,5 por ciento" */
    {"una diferencia", "a change"},
    /* "de los que apenas 153 tuvieron lugar en Extremadura": words
     * that weigh a figure ("only", "barely") say nothing of its size. */
    {"apenas #", "#"}, {"sólo #", "#"}, {"solo #", "#"},
    /* "lo que representa un asombroso 44,90% del total" */
    {"un asombroso #", "a #"}, {"una asombrosa #", "a #"},
    {"un notable #", "a #"}, {"una notable #", "a #"},
    {"un sorprendente #", "a #"}, {"un alarmante #", "a #"},
    {"un preocupante #", "a #"}, {"un impresionante #", "a #"},
    {"un espectacular #", "a #"}, {"un llamativo #", "a #"},
    {"solamente #", "#"}, {"únicamente #", "#"},
    {"apenas un #", "a #"}, {"sólo un #", "a #"}, {"solo un #", "a #"},
    {"apenas una #", "a #"}, {"sólo una #", "a #"}, {"solo una #", "a #"},
    /* "un incremento del 100% en cuanto a los homicidios, con tres ...
     * frente a ninguno": what the change is of, not a level it went
     * "to". */
    {"en cuanto a", "regarding"}, {"en lo que respecta a", "regarding"},
    {"en lo relativo a", "regarding"},
    /* The small words the patterns read. */
    {"un", "a"}, {"una", "a"}, {"del", "of"}, {"de", "of"},
    {"el", "the"}, {"la", "the"}, {"los", "the"}, {"las", "the"},
    /* "e" is "y" before a word opening with "i": "un 14,7% más que el
     * año anterior e interpusieron 47.096 denuncias" */
    {"y", "and"}, {"e", "and"}, {"en", "in"}, {"durante", "during"},
    {"o", "or"}, {"se", ""}, {"pero", "but"},
    {"fue", "was"}, {"fueron", "were"}, {"ha", "has"}, {"han", "have"},
    {"hubo", "was"}, {"es", "is"}, {"son", "were"}, {"sido", "been"},
    {NULL, NULL}
};

static const struct number_word es_numbers[] = {
    /* "con tres registrados ... frente a ninguno en el mismo periodo de
     * 2014": none is a count of nothing, when the words around make it
     * one. */
    {"cero", 0}, {"ninguno", 0}, {"ninguna", 0},
    {"uno", 1}, {"dos", 2}, {"tres", 3}, {"cuatro", 4}, {"cinco", 5},
    {"seis", 6}, {"siete", 7}, {"ocho", 8}, {"nueve", 9}, {"diez", 10},
    {"once", 11}, {"doce", 12}, {"trece", 13}, {"catorce", 14},
    {"quince", 15}, {"dieciséis", 16}, {"diecisiete", 17},
    {"dieciocho", 18}, {"diecinueve", 19}, {"veinte", 20},
    {"veintiuno", 21}, {"veintiún", 21}, {"veintiuna", 21},
    {"veintidós", 22}, {"veintitrés", 23}, {"veinticuatro", 24},
    {"veinticinco", 25}, {"veintiséis", 26}, {"veintisiete", 27},
    {"veintiocho", 28}, {"veintinueve", 29}, {"treinta", 30},
    {"cuarenta", 40}, {"cincuenta", 50}, {"sesenta", 60}, {"setenta", 70},
    {"ochenta", 80}, {"noventa", 90}, {"cien", 100}, {"ciento", 100},
    {"doscientos", 200},
    {"trescientos", 300}, {"cuatrocientos", 400}, {"quinientos", 500},
    {"seiscientos", 600}, {"setecientos", 700}, {"ochocientos", 800},
    {"novecientos", 900}, {NULL, 0}
};

const struct word_change ctp_claim_lang_word_changes[] = {
    {NULL, "doubled", 10, 0, 1, 1, false, NULL},
    /* "more than double from 77 to 187"; "almost double the 9,053"
     * compares without stating a change and stays words. */
    {NULL, "double", 10, 0, 1, 1, false, "from"},
    {NULL, "double", 10, 0, 1, 1, false, "the"},
    {NULL, "double", 10, 0, 1, 1, false, "that"},
    /* "exactly twice as many as the city saw in 2018"; "more than
     * twice the 66 of last year", as "double the" */
    {NULL, "twice", 10, 0, 1, 1, false, "as"},
    {NULL, "twice", 10, 0, 1, 1, false, "the"},
    {NULL, "twice", 10, 0, 1, 1, false, "that"},
    {NULL, "tripled", 20, 0, 1, 1, false, NULL},
    /* "saw figures more than triple from 10 to 23" */
    {NULL, "triple", 20, 0, 1, 1, false, "from"},
    {NULL, "treble", 20, 0, 1, 1, false, "from"},
    /* "are nearly triple the 2,139 of 2017", as "double the" */
    {NULL, "triple", 20, 0, 1, 1, false, "the"},
    {NULL, "treble", 20, 0, 1, 1, false, "the"},
    {NULL, "trebled", 20, 0, 1, 1, false, NULL},
    {NULL, "quadrupled", 30, 0, 1, 1, false, NULL},
    {NULL, "quintupled", 40, 0, 1, 1, false, NULL},
    /* "a four-fold increase", "a threefold rise" */
    {NULL, "twofold", 10, 0, 1, 1, false, NULL},
    {NULL, "threefold", 20, 0, 1, 1, false, NULL},
    {NULL, "fourfold", 30, 0, 1, 1, false, NULL},
    {NULL, "fivefold", 40, 0, 1, 1, false, NULL},
    {NULL, "tenfold", 90, 0, 1, 1, false, NULL},
    {NULL, "two", 10, 0, 1, 1, false, "fold"},
    {NULL, "three", 20, 0, 1, 1, false, "fold"},
    {NULL, "four", 30, 0, 1, 1, false, "fold"},
    {NULL, "five", 40, 0, 1, 1, false, "fold"},
    {NULL, "ten", 90, 0, 1, 1, false, "fold"},
    {NULL, "halved", 5, 0, 1, -1, false, NULL},
    /* "an almost halving in the murder rate from 57 ... to 30" */
    {NULL, "halving", 5, 0, 1, -1, false, NULL},
    /* "an almost doubling in Belfast from five to nine" */
    {NULL, "doubling", 10, 0, 1, 1, false, NULL},
    {NULL, "tripling", 20, 0, 1, 1, false, NULL},
    {NULL, "trebling", 20, 0, 1, 1, false, NULL},
    {NULL, "quadrupling", 30, 0, 1, 1, false, NULL},
    {NULL, "duplicó", 10, 0, 1, 1, false, NULL},
    /* "prácticamente se han doblado" */
    {NULL, "doblado", 10, 0, 1, 1, false, NULL},
    {NULL, "doblaron", 10, 0, 1, 1, false, NULL},
    {NULL, "dobló", 10, 0, 1, 1, false, NULL},
    {NULL, "duplicaron", 10, 0, 1, 1, false, NULL},
    {NULL, "duplicado", 10, 0, 1, 1, false, NULL},
    {NULL, "duplica", 10, 0, 1, 1, false, NULL},
    /* "tuvo un repunte al duplicarse la cifra de casos" */
    {NULL, "duplican", 10, 0, 1, 1, false, NULL},
    {NULL, "duplicarse", 10, 0, 1, 1, false, NULL},
    /* "8 fueron en la capital, doblándose los casos" */
    {NULL, "doblándose", 10, 0, 1, 1, false, NULL},
    {NULL, "duplicándose", 10, 0, 1, 1, false, NULL},
    {NULL, "triplicándose", 20, 0, 1, 1, false, NULL},
    /* "275 asesinatos ..., cuadruplicando los registros de 2017" */
    {NULL, "duplicando", 10, 0, 1, 1, false, NULL},
    {NULL, "triplicando", 20, 0, 1, 1, false, NULL},
    {NULL, "cuadruplicando", 30, 0, 1, 1, false, NULL},
    {"del", "doble", 10, 0, 1, 1, true, NULL},
    /* "casi el doble de lo que se procesó en 2019 (mil 34)" */
    {"el", "doble", 10, 0, 1, 1, false, "de"},
    {"el", "doble", 10, 0, 1, 1, false, "que"},
    /* "que pasaron de 48 en 2022 a 95 en 2023, casi el doble.": at the
     * end of its sentence it says the change ("de seis a el doble,
     * doce" names a figure and stays words). */
    {"el", "doble", 10, 0, 1, 1, false, "."},
    /* "ascendió a 430 denuncias, casi el doble y por encima de 2014" */
    {"el", "doble", 10, 0, 1, 1, false, "y"},
    {"el", "doble", 10, 0, 1, 1, false, ";"},
    /* "ha repuntado casi al doble en comparación con": the figures follow. */
    {"al", "doble", 10, 0, 1, 1, false, NULL},
    {NULL, "triplicó", 20, 0, 1, 1, false, NULL},
    {NULL, "triplicaron", 20, 0, 1, 1, false, NULL},
    {NULL, "triplicado", 20, 0, 1, 1, false, NULL},
    {NULL, "triplica", 20, 0, 1, 1, false, NULL},
    {NULL, "triplican", 20, 0, 1, 1, false, NULL},
    {NULL, "triplicarse", 20, 0, 1, 1, false, NULL},
    {NULL, "triplicándose", 20, 0, 1, 1, false, NULL},
    /* "en Hermosillo se cuadruplicó" */
    {NULL, "cuadruplicó", 30, 0, 1, 1, false, NULL},
    {NULL, "cuadruplicaron", 30, 0, 1, 1, false, NULL},
    {NULL, "cuadruplicado", 30, 0, 1, 1, false, NULL},
    {NULL, "cuadruplica", 30, 0, 1, 1, false, NULL},
    {NULL, "cuadruplican", 30, 0, 1, 1, false, NULL},
    /* "se cuatriplicaron, al pasar de uno a cuatro", as written too */
    {NULL, "cuatriplicó", 30, 0, 1, 1, false, NULL},
    {NULL, "cuatriplicaron", 30, 0, 1, 1, false, NULL},
    {NULL, "cuatriplicado", 30, 0, 1, 1, false, NULL},
    {NULL, "quintuplicó", 40, 0, 1, 1, false, NULL},
    {NULL, "quintuplicaron", 40, 0, 1, 1, false, NULL},
    {NULL, "quintuplicado", 40, 0, 1, 1, false, NULL},
    {NULL, "quintuplica", 40, 0, 1, 1, false, NULL},
    {NULL, "quintuplican", 40, 0, 1, 1, false, NULL},
    {"del", "triple", 20, 0, 1, 1, true, NULL},
    /* "la cifra es de 18.246, casi el séxtuple" */
    {"el", "triple", 20, 0, 1, 1, false, NULL},
    {"el", "cuádruple", 30, 0, 1, 1, false, NULL},
    {"el", "quíntuple", 40, 0, 1, 1, false, NULL},
    {"el", "séxtuple", 50, 0, 1, 1, false, NULL},
    {"a", "third", 333, 1, 0, 0, false, NULL},
    {"one", "third", 333, 1, 0, 0, false, NULL},
    {"two", "thirds", 667, 1, 0, 0, false, NULL},
    {"a", "quarter", 25, 0, 0, 0, false, NULL},
    {"one", "quarter", 25, 0, 0, 0, false, NULL},
    /* "risen by more than three quarters in a year" */
    {"three", "quarters", 75, 0, 0, 0, false, NULL},
    {"a", "fifth", 20, 0, 0, 0, false, NULL},
    {"one", "fifth", 20, 0, 0, 0, false, NULL},
    {"a", "tenth", 10, 0, 0, 0, false, NULL},
    {"one", "tenth", 10, 0, 0, 0, false, NULL},
    {"by", "half", 50, 0, 0, 0, true, NULL},
    /* "homicides were slashed in half", "cut in half" */
    {"in", "half", 5, 0, 1, -1, true, NULL},
    /* "less than half of the 199": a fraction of a figure. */
    {NULL, "half", 50, 0, 0, 0, false, "of"},
    /* "fewer than half the 161,404 crimes" */
    {NULL, "half", 50, 0, 0, 0, false, "the"},
    {"un", "tercio", 333, 1, 0, 0, false, NULL},
    {"dos", "tercios", 667, 1, 0, 0, false, NULL},
    {"un", "cuarto", 25, 0, 0, 0, false, NULL},
    {"la", "mitad", 50, 0, 0, 0, false, NULL},
    /* "se redujeron en una quinta parte" */
    {"una", "tercera", 333, 1, 0, 0, false, "parte"},
    {"la", "tercera", 333, 1, 0, 0, false, "parte"},
    {"una", "cuarta", 25, 0, 0, 0, false, "parte"},
    {"la", "cuarta", 25, 0, 0, 0, false, "parte"},
    {"una", "quinta", 20, 0, 0, 0, false, "parte"},
    {"la", "quinta", 20, 0, 0, 0, false, "parte"},
    {"dos", "terceras", 667, 1, 0, 0, false, "partes"},
    {"tres", "cuartas", 75, 0, 0, 0, false, "partes"},
    {NULL, NULL, 0, 0, 0, 0, false, NULL}
};

static const char *const en_anaphors[] = {
    "that", "this", "these", "those", "it", "which", "thats",
    /* two words: the first two of the sentence */
    "the total", "the figure", "the number", "the rise", "the fall",
    "the increase", "the decrease", "the latest", "the newest", NULL
};

static const char *const es_anaphors[] = {
    /* a verb whose subject is what was said: "Equivale a una variación" */
    "equivale", "equivalen", "supone", "suponen", "representa",
    "representan", "significa",
    "esto", "eso", "ello", "esta", "este", "esa", "ese", "estas", "estos",
    "lo", "dicha", "dicho", "dichas", "dichos", "ésta", "éste",
    /* two words: the first two of the sentence */
    "la cifra", "el número", "el total", "el aumento", "el incremento",
    "la reducción", "la disminución", "el descenso", "el crecimiento",
    "la caída", "la baja", "la subida", "el alza", "la variación", NULL
};

static const char *const en_restating[] = {
    NULL
};

static const char *const es_restating[] = {
    /* "Es decir, una reducción del 23%": saying it again */
    "es decir", "o sea",
    /* "Se trata de un mínimo histórico del 36,4%": it is what was said */
    "se trata", NULL
};

static const char *const en_openers[] = {
    "however", "but", "and", "yet", "still", "so", "overall", "while",
    "although", "though", NULL
};

static const char *const es_openers[] = {
    "pero", "y", "además", "aunque", "asimismo", "así", NULL
};

const lang_table ctp_claim_lang_tables[] = {
    {CT_CLAIM_FIND_EN, en_common, en_cues, NULL, en_numbers, false, false,
     en_anaphors, en_openers, en_restating},
    {CT_CLAIM_FIND_ES, es_common, es_cues, es_word_cues, es_numbers, true,
     true, es_anaphors, es_openers, es_restating},
};

_Static_assert(sizeof ctp_claim_lang_tables /
                   sizeof ctp_claim_lang_tables[0] == N_LANGUAGES,
               "N_LANGUAGES counts the tables");

