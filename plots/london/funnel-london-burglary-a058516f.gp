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
set label 102 'Exact Poisson limits around the pooled rate of all 32 districts; 25 points outside 99.8%, 1 unnamed for want of room.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
pooled = 8.61724786440985
set xlabel 'Resident population (thousands)' noenhanced
set ylabel 'Crimes per 1,000 residents' noenhanced
set xrange [0 : 428.56]
set yrange [4.99390362977244 : 14.8987974137472]
set grid xtics ytics lc rgb '#E3E3E3'
set lmargin at screen 0.1
set rmargin at screen 0.73
set tmargin at screen 0.913888888888889
set bmargin at screen 0.19
set key at screen 0.745, graph 1 left top vertical Left reverse
set label 1 'Westminster' at screen 0.463396490573082, screen 0.880984848484848 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 2 'Bexley' at screen 0.466630576815382, screen 0.22290404040404 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 3 'Sutton' at screen 0.40532994213179, screen 0.232650994318975 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 4 'Camden' at screen 0.4639845062535, screen 0.751459141782654 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 5 'Newham' at screen 0.611576442038454, screen 0.292004334518939 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 6 'Kingston upon Thames' at screen 0.365344875863356, screen 0.301696505097673 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 7 'Kensington and Chelsea' at screen 0.341236232966212, screen 0.650093111702084 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 8 'Croydon' at screen 0.675670151204032, screen 0.336518926626771 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 9 'Hackney' at screen 0.443231752846743, screen 0.6054228420745 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 10 'Southwark' at screen 0.569533320888557, screen 0.5951628146676 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 11 'Merton' at screen 0.41341515773754, screen 0.332855671436795 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 12 'Islington' at screen 0.406123063281688, screen 0.553222834272141 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 13 'Hammersmith and Fulham' at screen 0.199898263953705, screen 0.579924301721071 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 14 'Ealing' at screen 0.624365783087549, screen 0.3613073711986 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 15 'Wandsworth' at screen 0.534382583535561, screen 0.344553542118133 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 16 'Redbridge' at screen 0.554685924957999, screen 0.547456620948996 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 17 'Lewisham' at screen 0.516009893597163, screen 0.428560083938884 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 18 from screen 0.546009893597163, screen 0.38411563949444 to screen 0.546009893597163, screen 0.415226750605551 nohead front lc rgb '#777777' lw 0.8
set label 18 'Tower Hamlets' at screen 0.49814191711779, screen 0.502273023743095 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 19 'Barking and Dagenham' at screen 0.24973819301848, screen 0.382072396735981 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 20 'Richmond upon Thames' at screen 0.23253873436625, screen 0.525861301174346 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 21 'Enfield' at screen 0.597023053948105, screen 0.401576994996361 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 22 'Bromley' at screen 0.589525854022774, screen 0.428295668142608 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 23 'Greenwich' at screen 0.436757980212806, screen 0.375516244797072 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 24 'Barnet' at screen 0.680227272727273, screen 0.490585024530821 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set key spacing 1.15
plot limits skip 1 using ($1 / 1000):2 with lines lc rgb '#D55E00' lw 1.5 title '99.8% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):5 with lines lc rgb '#D55E00' lw 1.5 notitle, \
     limits skip 1 using ($1 / 1000):3 with lines lc rgb '#E69F00' lw 1.5 dt 2 title '95% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):4 with lines lc rgb '#E69F00' lw 1.5 dt 2 notitle, \
     pooled with lines lc rgb '#333333' lw 1.5 title 'Pooled rate (8.62)' noenhanced, \
     data skip 1 using ($1 / 1000):(column(3) == 1 ? column(2) : NaN) with points lc rgb '#0072B2' pt 7 ps 1.1 title 'Districts of London' noenhanced
