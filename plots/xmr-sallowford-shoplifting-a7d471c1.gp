# XmR chart: a district's monthly series with its process limits and
# special causes.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   xmr-sallowford-shoplifting-a7d471c1.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   xmr-sallowford-shoplifting-a7d471c1.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'xmr-sallowford-shoplifting-a7d471c1.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'Sallowford'
chart_offence = 'Shoplifting'
chart_period = '2024'
data = 'xmr-sallowford-shoplifting-a7d471c1.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
set tmargin 3.1
set label 100 'Shoplifting in Sallowford by month, 2015-01 to 2024-12 (XmR chart)' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: demo-county, 2015-01 to 2024-12. XmR chart: mean ± 2.66 × average moving range (NHS Making Data Count).' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Special causes: a point outside the limits; 7 rising or falling; 2 of 3 beyond a dotted line (2/3 of the way to a limit); 7 on one side of the mean.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
set ylabel 'Crimes per 1,000 residents, per month' noenhanced
set xtics ('2015' 2015, '2016' 2016, '2017' 2017, '2018' 2018, '2019' 2019, '2020' 2020, '2021' 2021, '2022' 2022, '2023' 2023, '2024' 2024) noenhanced
set mxtics default
set xrange [2015 : 2025]
set grid ytics lc rgb '#E3E3E3'
set bmargin 6.5
set rmargin at screen 0.73
set key at screen 0.745, graph 1 left top vertical Left reverse
set key spacing 1.15
plot data skip 1 using 1:4 with lines lc rgb '#8C8C8C' lw 1.5 dt 2 title 'Limits' noenhanced, \
     data skip 1 using 1:5 with lines lc rgb '#8C8C8C' lw 1.5 dt 2 notitle, \
     data skip 1 using 1:6 with lines lc rgb '#BDBDBD' lw 1 dt 3 notitle, \
     data skip 1 using 1:7 with lines lc rgb '#BDBDBD' lw 1 dt 3 notitle, \
     data skip 1 using 1:3 with lines lc rgb '#333333' lw 1.5 title 'Mean' noenhanced, \
     data skip 1 using 1:2 with linespoints lc rgb '#5B6770' lw 1.2 pt 7 ps 0.45 title 'Sallowford' noenhanced, \
     data skip 1 using 1:8 with points lc rgb '#E69F00' pt 7 ps 0.9 title 'Special cause: high' noenhanced, \
     data skip 1 using 1:9 with points lc rgb '#0072B2' pt 7 ps 0.9 title 'Special cause: low' noenhanced
