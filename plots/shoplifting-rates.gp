# Shoplifting per 1,000 residents, Demoshire and its city district, with
# 95% intervals.  Data: crimetrend rates on datasets/demo-county (synthetic):
#   crimetrend rates datasets/demo-county --period-type year --period all \
#     --offence Shoplifting --area Demoshire --area Sallowford --format csv
set terminal pngcairo size 900,500 font 'DejaVu Sans,11'
set output 'shoplifting-rates.png'
set datafile separator ','
set title 'Shoplifting per 1,000 residents, 2015 to 2024 (synthetic Demoshire)' noenhanced
set xlabel 'Calendar year'
set ylabel 'crimes per 1,000 residents'
set key top left
set grid ytics
set xtics 1
set label 1 'Source: datasets/demo-county (synthetic). 95% intervals: Byar''s method.' at screen 0.01,0.02 font ',9' noenhanced
set bmargin 5
plot 'shoplifting-rates.csv' using ($3):(strcol(1) eq 'Demoshire' ? $7 : 1/0):8:9 every ::1 with yerrorlines lw 2 title 'Demoshire (county)', \
     '' using ($3):(strcol(1) eq 'Sallowford' ? $7 : 1/0):8:9 every ::1 with yerrorlines lw 2 title 'Sallowford (city district)'
