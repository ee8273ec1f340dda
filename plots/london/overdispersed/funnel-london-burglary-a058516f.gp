# Funnel plot: every district's rate against its population, with
# control limits around the pooled rate.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   funnel-london-burglary-a058516f.csv
#   funnel-london-burglary-a058516f-limits.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   funnel-london-burglary-a058516f.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'funnel-london-burglary-a058516f.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'London'
chart_offence = 'Burglary'
chart_period = '2017'
data = 'funnel-london-burglary-a058516f.csv'
limits = 'funnel-london-burglary-a058516f-limits.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
set tmargin 3.1
set label 100 'Burglary: each district' . "'" . 's rate against its population, 2017' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: Metropolitan Police Service, London Datastore, 2017. Each point is a district; population in thousands.' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Solid: exact Poisson limits; dashed: allowing for over-dispersion (Spiegelhalter, φ 56.6, τ² 0.00605); 1 of 32 outside dashed 99.8%.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
pooled = 8.61724786440985
set xlabel 'Resident population (thousands)' noenhanced
set ylabel 'Crimes per 1,000 residents' noenhanced
set xrange [0 : 428.56]
set yrange [4.40209102585204 : 14.9269789663148]
set grid xtics ytics lc rgb '#E3E3E3'
set lmargin at screen 0.1
set rmargin at screen 0.73
set tmargin at screen 0.913888888888889
set bmargin at screen 0.19
set key at screen 0.745, graph 1 left top vertical Left reverse
set label 1 'Westminster' at screen 0.463396490573082, screen 0.880984848484849 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set key spacing 1.15
plot limits skip 1 using ($1 / 1000):2 with lines lc rgb '#D55E00' lw 1.5 title '99.8% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):5 with lines lc rgb '#D55E00' lw 1.5 notitle, \
     limits skip 1 using ($1 / 1000):3 with lines lc rgb '#E69F00' lw 1 title '95% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):4 with lines lc rgb '#E69F00' lw 1 notitle, \
     limits skip 1 using ($1 / 1000):6 with lines lc rgb '#D55E00' lw 2 dt (8, 5) title '99.8%, over-dispersed' noenhanced, \
     limits skip 1 using ($1 / 1000):9 with lines lc rgb '#D55E00' lw 2 dt (8, 5) notitle, \
     limits skip 1 using ($1 / 1000):7 with lines lc rgb '#E69F00' lw 1.5 dt (4, 4) title '95%, over-dispersed' noenhanced, \
     limits skip 1 using ($1 / 1000):8 with lines lc rgb '#E69F00' lw 1.5 dt (4, 4) notitle, \
     pooled with lines lc rgb '#333333' lw 1.5 title 'Pooled rate (8.62)' noenhanced, \
     data skip 1 using ($1 / 1000):(column(3) == 1 ? column(2) : NaN) with points lc rgb '#0072B2' pt 7 ps 1.1 title 'Districts of London' noenhanced
