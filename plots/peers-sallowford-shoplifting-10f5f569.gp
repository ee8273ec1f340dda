# Peer comparison: a district's rate beside each member of its most
# similar group, the group average and the national rate.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   peers-sallowford-shoplifting-10f5f569.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   peers-sallowford-shoplifting-10f5f569.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'peers-sallowford-shoplifting-10f5f569.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'Sallowford'
chart_offence = 'Shoplifting'
chart_period = '2024'
data = 'peers-sallowford-shoplifting-10f5f569.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
peer_mean = 11.7769637511676
peer_sd = 3.39596256387948
national = 8.94054018183025
members = 8
set tmargin 3.1
set label 100 'Shoplifting: Sallowford and its most similar areas, 2024' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: demo-county, 2024. Rates with 95% intervals (exact Poisson below 10 crimes, Byar' . "'" . 's method from 10).' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Peer average: unweighted mean of the 8 rates in the group, the district' . "'" . 's own included (HMIC most similar group); shaded: ±1 SD.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
set xlabel 'Crimes per 1,000 residents' noenhanced
set ytics ('Sallowford' 1, 'Brackenholt' 2, 'Rookhallow' 3, 'Marlhampton' 4, 'Ormsworth' 5, 'Marchbury' 6, 'Tillingford' 7, 'Fennick Green' 8) noenhanced scale 0
set yrange [members + 0.6 : 0.4]
set xrange [0 : 19.7718271904115]
set grid xtics back lc rgb '#E3E3E3'
set border 1 lc rgb '#555555'
set bmargin 6.5
set rmargin at screen 0.73
set key at screen 0.745, graph 1 left top vertical Left reverse
set style fill solid 1.0 noborder
set object 1 rectangle from first peer_mean - peer_sd, graph 0 to first peer_mean + peer_sd, graph 1 behind fc rgb '#E69F00' fs transparent solid 0.16 noborder
set arrow 1 from first peer_mean, graph 0 to first peer_mean, graph 1 nohead front lc rgb '#E69F00' lw 2.5
set arrow 2 from first national, graph 0 to first national, graph 1 nohead front lc rgb '#555555' lw 2 dt 2
set key spacing 1.15
plot data skip 1 using (column(5) == 0 ? column(2) / 2 : NaN):1:(column(2) / 2):(0.34) with boxxyerror fc rgb '#B8CCE0' title 'Most similar areas' noenhanced, \
     data skip 1 using (column(5) == 1 ? column(2) / 2 : NaN):1:(column(2) / 2):(0.34) with boxxyerror fc rgb '#0072B2' title 'Sallowford' noenhanced, \
     data skip 1 using 2:1:3:4 with xerrorbars lc rgb '#2B2B2B' lw 1.2 pt 7 ps 0.35 title '95% interval' noenhanced, \
     keyentry with boxes fc rgb '#E69F00' fs transparent solid 0.16 noborder title 'Peer average ±1 SD' noenhanced, \
     keyentry with lines lc rgb '#E69F00' lw 2.5 title 'Peer average' noenhanced, \
     keyentry with lines lc rgb '#555555' lw 2 dt 2 title 'Demoland (national)' noenhanced
