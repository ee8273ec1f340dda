# County overview: the districts' rates side by side for each offence.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   overview-london-bccbbac6.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   overview-london-bccbbac6.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'overview-london-bccbbac6.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'London'
chart_offence = ''
chart_period = '2017'
data = 'overview-london-bccbbac6.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
set tmargin 3.1
set label 100 'Crime rates in the districts of London by offence, 2017' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: Metropolitan Police Service, London Datastore, 2017. Each point is a district' . "'" . 's rate.' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Logarithmic scale: equal distances are equal ratios, so offences with low and high rates can be read together.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
set xlabel 'Crimes per 1,000 residents (log scale)' noenhanced
set logscale x 10
set xtics (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
set format x '%g'
set mxtics 10
set xrange [0.0438570843810304 : 330.841800908715]
set yrange [10.6 : 0.4]
set ytics ('All crime' 1, 'Burglary' 2, 'Criminal Damage' 3, 'Drugs' 4, 'Fraud or Forgery' 5, 'Other Notifiable Offences' 6, 'Robbery' 7, 'Sexual Offences' 8, 'Theft and Handling' 9, 'Violence Against the Person' 10) noenhanced scale 0
set grid xtics ytics mxtics lc rgb '#E3E3E3', lc rgb '#F2F2F2'
set bmargin 6.5
set rmargin at screen 0.73
set key at screen 0.745, graph 1 left top vertical Left reverse
set key spacing 1.15
plot data skip 1 using 2:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' title 'Other districts (24)' noenhanced, \
     data skip 1 using 3:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 4:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 5:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 6:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 8:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 9:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 10:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 11:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 13:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 14:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 15:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 16:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 17:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 18:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 21:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 23:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 25:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 26:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 27:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 28:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 30:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 32:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 33:1 with points pt 7 ps 0.9 lc rgb '#B4B4B4' notitle, \
     data skip 1 using 7:1 with points pt 7 ps 1.3 lc rgb '#0072B2' title 'Camden' noenhanced, \
     data skip 1 using 12:1 with points pt 7 ps 1.3 lc rgb '#E69F00' title 'Hackney' noenhanced, \
     data skip 1 using 19:1 with points pt 7 ps 1.3 lc rgb '#009E73' title 'Islington' noenhanced, \
     data skip 1 using 20:1 with points pt 7 ps 1.3 lc rgb '#D55E00' title 'Kensington and Chelsea' noenhanced, \
     data skip 1 using 22:1 with points pt 7 ps 1.3 lc rgb '#CC79A7' title 'Lambeth' noenhanced, \
     data skip 1 using 29:1 with points pt 7 ps 1.3 lc rgb '#56B4E9' title 'Southwark' noenhanced, \
     data skip 1 using 31:1 with points pt 7 ps 1.3 lc rgb '#8C6D31' title 'Tower Hamlets' noenhanced, \
     data skip 1 using 34:1 with points pt 7 ps 1.3 lc rgb '#000000' title 'Westminster' noenhanced
