# County overview: the districts' rates side by side for each offence.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   overview-demoshire-79deadb4.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   overview-demoshire-79deadb4.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'overview-demoshire-79deadb4.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'Demoshire'
chart_offence = ''
chart_period = '2024'
data = 'overview-demoshire-79deadb4.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
set tmargin 3.1
set label 100 'Crime rates in the districts of Demoshire by offence, 2024' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: demo-county, 2024. County and national: total crimes over total population.' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Logarithmic scale: equal distances are equal ratios, so offences with low and high rates can be read together.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
set xlabel 'Crimes per 1,000 residents (log scale)' noenhanced
set logscale x 10
set xtics (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
set format x '%g'
set mxtics 10
set xrange [0.185773881975624 : 232.408395588758]
set yrange [15.6 : 0.4]
set ytics ('All crime' 1, 'Anti-social behaviour' 2, 'Bicycle theft' 3, 'Burglary' 4, 'Criminal damage and arson' 5, 'Drugs' 6, 'Other crime' 7, 'Other theft' 8, 'Possession of weapons' 9, 'Public order' 10, 'Robbery' 11, 'Shoplifting' 12, 'Theft from the person' 13, 'Vehicle crime' 14, 'Violence and sexual offences' 15) noenhanced scale 0
set grid xtics ytics mxtics lc rgb '#E3E3E3', lc rgb '#F2F2F2'
set bmargin 6.5
set rmargin at screen 0.73
set key at screen 0.745, graph 1 left top vertical Left reverse
set key spacing 1.15
plot data skip 1 using 2:1 with points pt 7 ps 1.3 lc rgb '#0072B2' title 'Copsley Downs' noenhanced, \
     data skip 1 using 3:1 with points pt 7 ps 1.3 lc rgb '#E69F00' title 'Harrowmere Vale' noenhanced, \
     data skip 1 using 4:1 with points pt 7 ps 1.3 lc rgb '#009E73' title 'Marlhampton' noenhanced, \
     data skip 1 using 5:1 with points pt 7 ps 1.3 lc rgb '#D55E00' title 'Sallowford' noenhanced, \
     data skip 1 using 6:1 with points pt 7 ps 1.3 lc rgb '#CC79A7' title 'Thistlecombe' noenhanced, \
     data skip 1 using 7:1 with points pt 2 ps 1.6 lw 2 lc rgb '#1A1A1A' title 'Demoshire (county)' noenhanced, \
     data skip 1 using 8:1 with points pt 6 ps 1.5 lw 1.5 lc rgb '#777777' title 'Demoland (national)' noenhanced
