# Funnel plot: every district's rate against its population, with
# control limits around the pooled rate.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   funnel-demoshire-shoplifting-805a3bf7.csv
#   funnel-demoshire-shoplifting-805a3bf7-limits.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   funnel-demoshire-shoplifting-805a3bf7.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'funnel-demoshire-shoplifting-805a3bf7.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'Demoshire'
chart_offence = 'Shoplifting'
chart_period = '2024'
data = 'funnel-demoshire-shoplifting-805a3bf7.csv'
limits = 'funnel-demoshire-shoplifting-805a3bf7-limits.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
set tmargin 3.1
set label 100 'Shoplifting: each district''s rate against its population, 2024' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: datasets/demo-county, 2024. Each point is a district; population in thousands.' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Limits: exact Poisson around the pooled rate (all 20 districts'' crimes over their population); a point outside 99.8% is unlikely to be chance.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
pooled = 8.94054018183025
set ylabel 'crimes per 1,000 residents' noenhanced
set xlabel 'resident population (thousands)' noenhanced
set xrange [0 : 173.1576]
set yrange [3.45958609226978 : 18.6691876773279]
set grid xtics ytics lc rgb '#E3E3E3'
set bmargin 6.5
set rmargin at screen 0.73
set key at screen 0.745, graph 1 left top vertical Left reverse
set label 1 'Copsley Downs' at first 96.123, first 4.15093161886333 offset character 0.7, character 0.45 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 2 'Harrowmere Vale' at first 115.285, first 5.89842564080323 offset character 0.7, character 0.45 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 3 'Marlhampton' at first 149.85, first 11.4047380714047 offset character -0.7, character 0.45 right front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 4 'Sallowford' at first 157.416, first 17.9778421507344 offset character -0.7, character 0.45 right front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 5 'Thistlecombe' at first 121.583, first 5.48596432066983 offset character 0.7, character 0.45 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set key spacing 1.15
plot limits skip 1 using ($1 / 1000):2 with lines lc rgb '#D55E00' lw 1.5 title '99.8% limits', \
     limits skip 1 using ($1 / 1000):5 with lines lc rgb '#D55E00' lw 1.5 notitle, \
     limits skip 1 using ($1 / 1000):3 with lines lc rgb '#E69F00' lw 1.5 dt 2 title '95% limits', \
     limits skip 1 using ($1 / 1000):4 with lines lc rgb '#E69F00' lw 1.5 dt 2 notitle, \
     pooled with lines lc rgb '#333333' lw 1.5 title 'Pooled rate (8.94)' noenhanced, \
     data skip 1 using ($1 / 1000):(column(3) == 0 ? column(2) : NaN) with points lc rgb '#9AA5B1' pt 7 ps 0.8 title 'Other districts', \
     data skip 1 using ($1 / 1000):(column(3) == 1 ? column(2) : NaN) with points lc rgb '#0072B2' pt 7 ps 1.1 title 'Districts of Demoshire' noenhanced
