# Funnel plot: every district's rate against its population, with
# control limits around the pooled rate.
# Written by crimetrend plot.  Data, beside this script (the first line
# of each file names its columns):
#   funnel-london-all-crime-c632b10d.csv
#   funnel-london-all-crime-c632b10d-limits.csv
# Names from the data appear only inside single-quoted strings.  To draw the
# chart alone, run gnuplot on this script in this folder; it writes
#   funnel-london-all-crime-c632b10d.png
if (!exists('ct_batch')) {
    set terminal pngcairo size 800,450 font 'DejaVu Sans,10' noenhanced
    set output 'funnel-london-all-crime-c632b10d.png'
}
reset
set encoding utf8
set termoption noenhanced
set datafile separator comma
chart_area = 'London'
chart_offence = 'All crime'
chart_period = '2017'
data = 'funnel-london-all-crime-c632b10d.csv'
limits = 'funnel-london-all-crime-c632b10d-limits.csv'
set border 3 lc rgb '#555555'
set tics nomirror out scale 0.6 textcolor rgb '#333333'
set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'
set tmargin 3.1
set label 100 'All crime: each district' . "'" . 's rate against its population, 2017' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: Metropolitan Police Service, London Datastore, 2017. Each point is a district; population in thousands.' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Exact Poisson limits around the pooled rate of all 32 districts; 32 points outside 99.8%, 3 unnamed for want of room.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
pooled = 93.005574060227
set xlabel 'Resident population (thousands)' noenhanced
set ylabel 'Crimes per 1,000 residents' noenhanced
set xrange [0 : 428.56]
set yrange [46.2692392320269 : 245.365397451255]
set grid xtics ytics lc rgb '#E3E3E3'
set lmargin at screen 0.1
set rmargin at screen 0.73
set tmargin at screen 0.913888888888889
set bmargin at screen 0.19
set key at screen 0.745, graph 1 left top vertical Left reverse
set label 1 'Westminster' at screen 0.463396490573082, screen 0.880984848484848 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 2 'Camden' at screen 0.4639845062535, screen 0.590646659335764 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 3 'Harrow' at screen 0.478390890423745, screen 0.22290404040404 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 4 'Sutton' at screen 0.40532994213179, screen 0.238128731821562 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 5 'Bexley' at screen 0.436630576815382, screen 0.269015907976415 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 6 'Islington' at screen 0.447373063281687, screen 0.528308673132206 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 7 'Kensington and Chelsea' at screen 0.161236232966212, screen 0.513780243550925 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 8 'Kingston upon Thames' at screen 0.200344875863356, screen 0.259926874992098 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 9 'Merton' at screen 0.38341515773754, screen 0.289198479249309 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 10 'Richmond upon Thames' at screen 0.23253873436625, screen 0.292371000574837 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 11 'Barnet' at screen 0.680227272727273, screen 0.273706373994761 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 12 'Bromley' at screen 0.589525854022774, screen 0.274441428028571 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 13 'Hammersmith and Fulham' at screen 0.199898263953705, screen 0.447833427190568 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 14 'Hackney' at screen 0.510731752846743, screen 0.44360130701377 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 15 'Havering' at screen 0.406330968825835, screen 0.319519664092997 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 16 'Enfield' at screen 0.607023053948105, screen 0.341602800915795 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 17 from screen 0.589523053948105, screen 0.29715835647135 to screen 0.607023053948105, screen 0.328269467582461 nohead front lc rgb '#777777' lw 0.8
set label 17 'Redbridge' at screen 0.577185924957999, screen 0.235360585916648 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 18 from screen 0.547185924957999, screen 0.302027252583314 to screen 0.577185924957999, screen 0.248693919249981 nohead front lc rgb '#777777' lw 0.8
set label 18 'Wandsworth' at screen 0.616882583535561, screen 0.401953203583838 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 19 from screen 0.571882583535561, screen 0.308619870250504 to screen 0.616882583535561, screen 0.388619870250504 nohead front lc rgb '#777777' lw 0.8
set label 19 'Croydon' at screen 0.675670151204032, screen 0.309470634076962 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 20 'Haringey' at screen 0.44117089789061, screen 0.418473611064811 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 21 'Southwark' at screen 0.569533320888557, screen 0.443154980078405 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 22 'Ealing' at screen 0.541865783087549, screen 0.381282641180009 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 23 from screen 0.616865783087549, screen 0.314615974513342 to screen 0.586865783087549, screen 0.367949307846675 nohead front lc rgb '#777777' lw 0.8
set label 23 'Lambeth' at screen 0.557245893223819, screen 0.474852896175962 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 24 from screen 0.583495893223819, screen 0.408186229509295 to screen 0.583495893223819, screen 0.461519562842629 nohead front lc rgb '#777777' lw 0.8
set label 24 'Tower Hamlets' at screen 0.44189191711779, screen 0.37809101278979 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 25 'Lewisham' at screen 0.516009893597163, screen 0.278418565417323 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 26 from screen 0.546009893597163, screen 0.322863009861767 to screen 0.546009893597163, screen 0.291751898750656 nohead front lc rgb '#777777' lw 0.8
set label 26 'Newham' at screen 0.649076442038454, screen 0.481448563322183 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 27 from screen 0.604076442038454, screen 0.38811522998885 to screen 0.649076442038454, screen 0.46811522998885 nohead front lc rgb '#777777' lw 0.8
set label 27 'Brent' at screen 0.543200018667164, screen 0.347576353986936 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 28 'Barking and Dagenham' at screen 0.24973819301848, screen 0.346651079405531 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 29 'Greenwich' at screen 0.399257980212806, screen 0.446408864142942 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 30 from screen 0.511757980212806, screen 0.353075530809609 to screen 0.466757980212806, screen 0.433075530809609 nohead front lc rgb '#777777' lw 0.8
set key spacing 1.15
plot limits skip 1 using ($1 / 1000):2 with lines lc rgb '#D55E00' lw 1.5 title '99.8% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):5 with lines lc rgb '#D55E00' lw 1.5 notitle, \
     limits skip 1 using ($1 / 1000):3 with lines lc rgb '#E69F00' lw 1.5 dt 2 title '95% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):4 with lines lc rgb '#E69F00' lw 1.5 dt 2 notitle, \
     pooled with lines lc rgb '#333333' lw 1.5 title 'Pooled rate (93.01)' noenhanced, \
     data skip 1 using ($1 / 1000):(column(3) == 1 ? column(2) : NaN) with points lc rgb '#0072B2' pt 7 ps 1.1 title 'Districts of London' noenhanced
