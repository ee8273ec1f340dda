# Trend: a district's rate over time with its intervals, the peer
# average and the national rate.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   trend-sallowford-shoplifting-68fb3ce4.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   trend-sallowford-shoplifting-68fb3ce4.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'trend-sallowford-shoplifting-68fb3ce4.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'Sallowford'
chart_offence = 'Shoplifting'
chart_period = '2024'
data = 'trend-sallowford-shoplifting-68fb3ce4.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
set tmargin 3.1
set label 100 'Shoplifting in Sallowford, 2015 to 2024' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: demo-county, 2015 to 2024. Rates with 95% intervals (exact Poisson below 10 crimes, Byar' . "'" . 's method from 10).' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Fitted line: Fingertips recent-trend test on the last 5 points (weighted regression, χ² > 9.55): increasing.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
set ylabel 'Crimes per 1,000 residents' noenhanced
set xtics ('2015' 2015.5, '2016' 2016.5, '2017' 2017.5, '2018' 2018.5, '2019' 2019.5, '2020' 2020.5, '2021' 2021.5, '2022' 2022.5, '2023' 2023.5, '2024' 2024.5) noenhanced
set xrange [2015 : 2025]
set yrange [0 : *]
set grid ytics lc rgb '#E3E3E3'
set bmargin 6.5
set rmargin at screen 0.73
set key at screen 0.745, graph 1 left top vertical Left reverse
set key spacing 1.15
plot data skip 1 using 1:2:3:4 with yerrorlines lc rgb '#0072B2' lw 2 pt 7 ps 0.8 title 'Sallowford' noenhanced, \
     data skip 1 using 1:5 with linespoints lc rgb '#E69F00' lw 2 pt 5 ps 0.5 title 'Peer average' noenhanced, \
     data skip 1 using 1:6 with lines lc rgb '#555555' lw 2 dt 2 title 'Demoland (national)' noenhanced, \
     data skip 1 using 1:7 with lines lc rgb '#D55E00' lw 2.5 dt (7, 4) title 'Recent trend: increasing' noenhanced
