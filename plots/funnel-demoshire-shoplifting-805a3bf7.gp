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
set label 100 'Shoplifting: each district' . "'" . 's rate against its population, 2024' at screen 0.012, screen 0.955 left front font ',13' textcolor rgb '#1A1A1A' noenhanced
set label 101 'Source: demo-county, 2024. Each point is a district; population in thousands.' at screen 0.012, screen 0.052 left font ',8' textcolor rgb '#555555' noenhanced
set label 102 'Exact Poisson limits around the pooled rate of all 20 districts; 17 points outside 99.8% (unlikely to be chance), named.' at screen 0.012, screen 0.018 left font ',8' textcolor rgb '#555555' noenhanced
pooled = 8.94054018183025
set xlabel 'Resident population (thousands)' noenhanced
set ylabel 'Crimes per 1,000 residents' noenhanced
set xrange [0 : 173.1576]
set yrange [3.45958609226978 : 18.6691876773279]
set grid xtics ytics lc rgb '#E3E3E3'
set lmargin at screen 0.1
set rmargin at screen 0.73
set tmargin at screen 0.913888888888889
set bmargin at screen 0.19
set key at screen 0.745, graph 1 left top vertical Left reverse
set label 1 'Sallowford' at screen 0.590227272727273, screen 0.880984848484849 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 2 'Copsley Downs' at screen 0.457224701659067, screen 0.22290404040404 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 3 'Fallowmere' at screen 0.456205976520811, screen 0.25128996671386 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 4 'Brackenholt' at screen 0.575305132434268, screen 0.743042889775646 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 5 'Wyrecombe' at screen 0.391249878723198, screen 0.303066124241446 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 6 'Hobbeck Dale' at screen 0.336449015232366, screen 0.276311699411974 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 7 'Thistlecombe' at screen 0.549855923159018, screen 0.28644385988823 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 8 'Harrowmere Vale' at screen 0.463191884156399, screen 0.35051907277005 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 9 from screen 0.519441884156399, screen 0.306074628325605 to screen 0.519441884156399, screen 0.337185739436716 nohead front lc rgb '#777777' lw 0.8
set label 9 'Meresby' at screen 0.501117929562433, screen 0.381766612215764 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 10 from screen 0.471117929562433, screen 0.315099945549098 to screen 0.501117929562433, screen 0.368433278882431 nohead front lc rgb '#777777' lw 0.8
set label 10 'Rookhallow' at screen 0.546108469971864, screen 0.613594270511532 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 11 'Pellingham' at screen 0.618139613854662, screen 0.341053682211325 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 12 'Marlhampton' at screen 0.603949864169982, screen 0.523698743992492 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 13 from screen 0.645199864169982, screen 0.568143188436936 to screen 0.645199864169982, screen 0.537032077325825 nohead front lc rgb '#777777' lw 0.8
set label 13 'Ormsworth' at screen 0.53185213932279, screen 0.559330843290798 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 14 'Kestlow Moor' at screen 0.353956534394101, screen 0.362842381407214 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 15 'Fennick Green' at screen 0.590621422334336, screen 0.377801237536945 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set arrow 16 from screen 0.573121422334336, screen 0.377801237536945 to screen 0.590621422334336, screen 0.377801237536945 nohead front lc rgb '#777777' lw 0.8
set label 16 'Dunsmere' at screen 0.552017075773746, screen 0.415925526820922 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set label 17 'Llanfenôg' at screen 0.364162704957796, screen 0.403667132787692 left front font ',8' textcolor rgb '#1A1A1A' noenhanced
set key spacing 1.15
plot limits skip 1 using ($1 / 1000):2 with lines lc rgb '#D55E00' lw 1.5 title '99.8% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):5 with lines lc rgb '#D55E00' lw 1.5 notitle, \
     limits skip 1 using ($1 / 1000):3 with lines lc rgb '#E69F00' lw 1.5 dt 2 title '95% limits' noenhanced, \
     limits skip 1 using ($1 / 1000):4 with lines lc rgb '#E69F00' lw 1.5 dt 2 notitle, \
     pooled with lines lc rgb '#333333' lw 1.5 title 'Pooled rate (8.94)' noenhanced, \
     data skip 1 using ($1 / 1000):(column(3) == 0 ? column(2) : NaN) with points lc rgb '#9AA5B1' pt 7 ps 0.8 title 'Other districts' noenhanced, \
     data skip 1 using ($1 / 1000):(column(3) == 1 ? column(2) : NaN) with points lc rgb '#0072B2' pt 7 ps 1.1 title 'Districts of Demoshire' noenhanced
