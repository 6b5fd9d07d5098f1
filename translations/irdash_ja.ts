<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AsOf</name>
    <message>
        <source>Every figure (%1 has no dated announcement)</source>
        <translation>すべての数値（%1には日付のある発表がありません）</translation>
    </message>
    <message>
        <source>As of %1, the announcement of %2</source>
        <extracomment>%1 a date, %2 a quarter such as 1Q FY2013</extracomment>
        <translation>%1時点（%2の決算発表日）</translation>
    </message>
    <message>
        <source>Latest figures, every revision included</source>
        <translation>最新の数値（すべての修正を反映）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
</context>
<context>
    <name>AsOfSelector</name>
    <message>
        <source>&amp;As of:</source>
        <translation>基準日(&amp;A):</translation>
    </message>
    <message>
        <source>At announcement</source>
        <translation>決算発表時点</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Each quarter as it stood the day its results were announced</source>
        <translation>各四半期を、その決算が発表された日の時点で表示します</translation>
    </message>
    <message>
        <source>Every figure, with every later revision</source>
        <translation>後日の修正を含むすべての数値</translation>
    </message>
    <message>
        <source>The date the figures stand at: a figure or target announced later takes no part</source>
        <translation>数値の基準日: これより後に発表された数値や目標は表示しません</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>reported</source>
        <translation>実績（開示）</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
</context>
<context>
    <name>BundledDataset</name>
    <message>
        <source>the bundled dataset %1 is missing from the application</source>
        <translation>同梱データセット %1 がアプリケーションに含まれていません</translation>
    </message>
</context>
<context>
    <name>CellFormatter</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 its unit, e.g. &quot;26,441 JPY million&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>No figure: %1</source>
        <translation>数値なし: %1</translation>
    </message>
    <message>
        <source>derived (computed from stated figures, not reported)</source>
        <translation>算出値（開示された数値から算出。会社の開示値ではありません）</translation>
    </message>
    <message>
        <source>target (a company forecast)</source>
        <translation>目標（会社の業績予想）</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>区分: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>発表日: %1</translation>
    </message>
    <message>
        <source>JPY 100 million</source>
        <translation>億円</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>a target stated as a lower bound: &quot;10+&quot; (over 10); Japanese 10超</extracomment>
        <translation>%1超</translation>
    </message>
    <message>
        <source>under %1</source>
        <extracomment>a target stated as an upper bound: &quot;under 5&quot;; Japanese 5未満</extracomment>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a target stated as a range: &quot;985–1,005&quot;</extracomment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the figure a table&apos;s focused cell holds: %1 the metric, %2 the period</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: no figure (%2)</source>
        <extracomment>a focused table cell without a figure: %1 metric and period, %2 why</extracomment>
        <translation>%1: 数値なし（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>separates the parts of a figure&apos;s details in the status bar</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Consistency check: %1</source>
        <translation>整合性チェック: %1</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>axis title: %1 is what is measured, %2 the unit, e.g. &quot;Revenues (JPY million)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1（全期間）</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures, or a target; hover for the source.</source>
        <translation>薄い色: 開示された数値からの算出値または目標値です。カーソルを合わせると出典を表示します。</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures (not reported); hover for the source.</source>
        <translation>薄い色: 開示された数値からの算出値です（開示値ではありません）。カーソルを合わせると出典を表示します。</translation>
    </message>
    <message>
        <source>Lighter: a company target, not an actual.</source>
        <translation>薄い色: 会社の目標値です（実績ではありません）。</translation>
    </message>
    <message>
        <source>No figure in the dataset: %1.</source>
        <translation>データセットに数値なし: %1。</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures, or a target.</source>
        <translation>薄い色: 開示された数値からの算出値または目標値です。</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures (not reported).</source>
        <translation>薄い色: 開示された数値からの算出値です（開示値ではありません）。</translation>
    </message>
    <message>
        <source>Announced after %1: %2.</source>
        <translation>%1より後に発表: %2。</translation>
    </message>
    <message>
        <source>Figures: %1.</source>
        <translation>数値: %1。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>出典: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>irdash chart %1</source>
        <translation>irdash のグラフ %1</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>PNG のエンコードに失敗しました</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 1600x900, %1 to %2 pixels a side</source>
        <translation>1600x900 のように 幅x高さ を各辺 %1～%2 ピクセルで指定してください</translation>
    </message>
    <message>
        <source>the %1 is below the limit of %2 pixels</source>
        <translation>%1が下限の %2 ピクセルを下回っています</translation>
    </message>
    <message>
        <source>the %1 is above the limit of %2 pixels</source>
        <translation>%1が上限の %2 ピクセルを超えています</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>expected a finite number from %1 to %2</source>
        <translation>%1～%2 の有限の数値を指定してください</translation>
    </message>
    <message>
        <source>the scale is below the limit of %1</source>
        <translation>倍率が下限の %1 を下回っています</translation>
    </message>
    <message>
        <source>the scale is above the limit of %1</source>
        <translation>倍率が上限の %1 を超えています</translation>
    </message>
    <message>
        <source>%1x%2 at scale %3 is a PNG of %4x%5 pixels, %6 megapixels; the limit is %7 megapixels</source>
        <translation>%1x%2 を倍率 %3 で出力すると %4x%5 ピクセル（%6 メガピクセル）の PNG になります。上限は %7 メガピクセルです</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>何も描画されませんでした</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Sho&amp;w:</source>
        <extracomment>the chart&apos;s view (by segment, detailed...); W, for V is the View menu&apos;s</extracomment>
        <translation>表示内容(&amp;W):</translation>
    </message>
</context>
<context>
    <name>CheckLink</name>
    <message>
        <source>Show check</source>
        <translation>チェックを表示</translation>
    </message>
    <message>
        <source>Shows the mismatch of this figure on the Checks page</source>
        <translation>この数値の不一致を整合性チェックのページに表示します</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Within rounding</source>
        <translation>端数処理の範囲内</translation>
    </message>
    <message>
        <source>Beyond rounding</source>
        <translation>端数処理の範囲外</translation>
    </message>
    <message>
        <source>Rounding explains it</source>
        <translation>端数処理で説明できる</translation>
    </message>
    <message>
        <source>%1 beyond rounding</source>
        <extracomment>%1 how far apart the stated figure&apos;s range and the recomputed one are</extracomment>
        <translation>端数処理の範囲を %1 超過</translation>
    </message>
    <message>
        <source>The figure recomputed from the others, and the range it can take when each of them may be off by half its last digit</source>
        <translation>他の数値から再計算した値と、各数値が最終桁の半分までずれうるとしたときにとりうる範囲</translation>
    </message>
    <message>
        <source>Stated minus recomputed</source>
        <translation>開示値 − 再計算値</translation>
    </message>
    <message>
        <source>Whether the rounding of the stated figures can explain the difference</source>
        <translation>開示された数値の端数処理で差を説明できるかどうか</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>開示値</translation>
    </message>
    <message>
        <source>Recomputed (range)</source>
        <translation>再計算値（範囲）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a figure and its unit: &quot;26,441 JPY million&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 (%5, %6) — %7</source>
        <extracomment>one figure of a comparison: %1 period, %2 metric, %3 value as stated, %4 unit, %5 basis, %6 announcement date, %7 source</extracomment>
        <translation>%1 %2: %3 %4（%5、%6）— %7</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Within rounding: %1, %2</source>
        <translation>端数処理の範囲内: %1、%2</translation>
    </message>
    <message>
        <source>Beyond rounding: %1, %2</source>
        <translation>端数処理の範囲外: %1、%2</translation>
    </message>
    <message>
        <source>Stated:</source>
        <translation>開示値:</translation>
    </message>
    <message>
        <source>Recomputed %1 from:</source>
        <translation>再計算値 %1（以下の数値から）:</translation>
    </message>
    <message>
        <source>Stated to its last digit, the figure stands for anything from %1 to %2; the figures it was recomputed from, each taken the same way (a figure derived from others three times as wide), give %3 to %4.</source>
        <extracomment>the rounding explanation: %1 to %2 the stated figure&apos;s range, %3 to %4 the recomputed one</extracomment>
        <translation>最終桁まで開示された数値は %1 から %2 までのどの値でもありえます。再計算に使った数値を同じように扱うと（他の数値から導出した数値はその 3 倍の幅）、%3 から %4 になります。</translation>
    </message>
    <message>
        <source>The two ranges meet: the difference of %1 can come from rounding alone.</source>
        <translation>二つの範囲は重なっています。差 %1 は端数処理だけで生じえます。</translation>
    </message>
    <message>
        <source>The two ranges are %1 apart: rounding cannot explain the difference of %2. One of the figures may be wrong, restated since, or defined differently.</source>
        <translation>二つの範囲は %1 離れています。差 %2 は端数処理では説明できません。いずれかの数値の誤り、その後の修正、または定義の違いが考えられます。</translation>
    </message>
    <message>
        <source>As irdash check prints it:</source>
        <translation>irdash check の出力:</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>a recomputed figure and the range the rounding of its inputs allows: &quot;26,342.0 (26,340.0 to 26,344.0)&quot;</extracomment>
        <translation>%1（%2～%3）</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Comparisons: %2. Mismatches at the stated precision: %3 (%4 explained by rounding, %5 not).</source>
        <extracomment>the Checks page&apos;s summary, as `irdash check` begins: %1 the date the figures stand at</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;照合件数: %2。開示桁数での不一致: %3件（うち端数処理で説明できるもの %4件、説明できないもの %5件）。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 mismatches</source>
        <extracomment>%1 mismatches pass the filter, out of %2</extracomment>
        <translation>不一致 %2件中 %1件を表示</translation>
    </message>
    <message>
        <source>Every comparison agrees at the stated precision.</source>
        <translation>すべての照合が開示桁数で一致しています。</translation>
    </message>
    <message>
        <source>No mismatch beyond rounding at this date: the rounding of the stated figures explains every difference.</source>
        <translation>この日付では端数処理の範囲を超える不一致はありません。すべての差は開示数値の端数処理で説明できます。</translation>
    </message>
    <message>
        <source>Select a mismatch to see how it was computed.</source>
        <translation>不一致を選択すると計算の内容が表示されます。</translation>
    </message>
    <message>
        <source>All mismatches</source>
        <translation>すべての不一致</translation>
    </message>
    <message>
        <source>Only those rounding does not explain</source>
        <translation>端数処理で説明できないもののみ</translation>
    </message>
    <message>
        <source>Fin&amp;dings:</source>
        <translation>結果(&amp;D):</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database file to use (default: %1; &quot;:memory:&quot; for a throwaway one).</source>
        <translation>使用するデータベースファイル（既定: %1。&quot;:memory:&quot; を指定すると一時的なデータベースを使用）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Only the figures of this period, e.g. 1Q13.</source>
        <translation>指定した期間の数値のみを出力（例: 1Q13）。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Print the stored figures.</source>
        <translation>保存されている数値を出力します。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected csv or json</source>
        <translation>不明な形式 &apos;%1&apos;。csv または json を指定してください</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos;; expected a code such as 1Q13, 1H13, 9M13 or FY13</source>
        <translation>不明な期間 &apos;%1&apos;。1Q13、1H13、9M13、FY13 のようなコードを指定してください</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Quarter to show (default: the newest).</source>
        <translation>表示する四半期（既定: 最新）。</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>幅x高さ</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>四半期数</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos;; expected all or one of %2</source>
        <translation>不明なグラフ &apos;%1&apos;。all または %2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; expected en or ja</source>
        <translation>不明な言語 &apos;%1&apos;。en または ja を指定してください</translation>
    </message>
    <message>
        <source>invalid span &apos;%1&apos;; expected a number of quarters, 0 for all</source>
        <translation>無効な表示期間 &apos;%1&apos;。四半期数（すべての場合は 0）を指定してください</translation>
    </message>
    <message>
        <source>missing -o PATH</source>
        <translation>-o PATH の指定がありません</translation>
    </message>
    <message>
        <source>the database holds no quarter</source>
        <translation>データベースに四半期の数値がありません</translation>
    </message>
    <message>
        <source>unknown quarter &apos;%1&apos;; expected one of %2</source>
        <translation>不明な四半期 &apos;%1&apos;。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 %2 (%3, as of %4): stored %5 %6, the file has %7 %8</source>
        <translation>%1 %2（%3、%4 発表）: 保存済み %5 %6、ファイルでは %7 %8</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>When a stored figure has another value: fail (import nothing), replace, or keep the stored one.</source>
        <translation>保存済みの数値と値が異なる場合: fail（何もインポートしない）、replace（置き換える）、keep（保存済みを残す）。</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>方針</translation>
    </message>
    <message>
        <source>missing the file to import</source>
        <translation>インポートするファイルの指定がありません</translation>
    </message>
    <message>
        <source>unknown policy &apos;%1&apos;; expected fail, replace or keep</source>
        <translation>不明な方針 &apos;%1&apos;。fail、replace、keep のいずれかを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was imported</source>
        <translation>
            <numerusform>%1: エラー %n件。何もインポートしていません</numerusform>
        </translation>
    </message>
    <message>
        <source>(use --on-conflict replace or keep)</source>
        <translation>（--on-conflict replace または keep を指定してください）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 figures read; %4 new, %5 unchanged, %6 replaced, %7 kept</source>
        <translation>%1（%2）: %3件を読み込み。新規 %4件、変更なし %5件、置き換え %6件、保持 %7件</translation>
    </message>
    <message>
        <source>irdash</source>
        <translation>irdash</translation>
    </message>
    <message>
        <source>Quit as soon as the dashboard&apos;s chart has been drawn, printing when (microseconds since the epoch), to time start-up.</source>
        <translation>ダッシュボードのチャートを描画したらすぐ終了し、その時刻（エポックからのマイクロ秒）を出力する（起動時間の計測用）。</translation>
    </message>
    <message>
        <source>The date the figures stand at: announcement (of the quarter shown), latest, or a date YYYY-MM-DD; later revisions take no part (default: %1).</source>
        <translation>数値の基準日: announcement（表示する四半期の決算発表日）、latest（最新）、または日付 YYYY-MM-DD。それより後の修正は含めません（既定: %1）。</translation>
    </message>
    <message>
        <source>when</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>invalid --as-of &apos;%1&apos;; expected announcement, latest or a date YYYY-MM-DD</source>
        <translation>無効な --as-of &apos;%1&apos;。announcement、latest、または日付 YYYY-MM-DD を指定してください</translation>
    </message>
    <message>
        <source>The chart&apos;s view: segments, detailed or recurring (revenue-mix), ratios or amounts (gross-margin), costs or people (headcount); default: the first. With --chart all, every view is drawn.</source>
        <translation>グラフの表示: segments、detailed、recurring（revenue-mix）、ratios、amounts（gross-margin）、costs、people（headcount）。既定は最初の表示。--chart all ではすべての表示を出力します。</translation>
    </message>
    <message>
        <source>--format %1 contradicts the file name %2; give one or make them agree</source>
        <translation>--format %1 がファイル名 %2 と矛盾しています。どちらか一方を指定するか、一致させてください</translation>
    </message>
    <message>
        <source>--view needs one chart; --chart all draws every view</source>
        <translation>--view にはグラフを一つ指定してください。--chart all ではすべての表示を出力します</translation>
    </message>
    <message>
        <source>the chart %1 has one view; expected no --view</source>
        <translation>グラフ %1 の表示は一つです。--view は指定しないでください</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; of %2; expected one of %3</source>
        <translation>%2 の不明な表示 &apos;%1&apos;。%3 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>invalid size &apos;%1&apos;; %2</source>
        <translation>無効なサイズ &apos;%1&apos;。%2</translation>
    </message>
    <message>
        <source>invalid scale &apos;%1&apos;; %2</source>
        <translation>無効な倍率 &apos;%1&apos;。%2</translation>
    </message>
    <message>
        <source>invalid --size and --scale: %1</source>
        <translation>--size と --scale の組み合わせが無効です: %1</translation>
    </message>
    <message>
        <source>cannot write to %1: it is %2, not a folder</source>
        <translation>%1 に書き込めません: %2であり、フォルダーではありません</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; expected a database file</source>
        <translation>%1 は%2であり、ファイルではありません。データベースファイルを指定してください</translation>
    </message>
    <message>
        <source>How the file is encoded: UTF-8 or Shift_JIS (CP932); default: UTF-8 when the file is valid UTF-8, else Shift_JIS.</source>
        <translation>ファイルの文字コード: UTF-8 または Shift_JIS（CP932）。既定: 有効な UTF-8 なら UTF-8、そうでなければ Shift_JIS。</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;; expected UTF-8 or Shift_JIS</source>
        <translation>不明な文字コード &apos;%1&apos;。UTF-8 または Shift_JIS を指定してください</translation>
    </message>
    <message>
        <source>there is no import to undo: %1 does not exist</source>
        <translation>取り消せるインポートはありません: %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 (imported %2): undone; new figures removed: %3, replaced figures restored: %4</source>
        <translation>%1（%2 にインポート）: 取り消しました。削除した新規の数値 %3件、元に戻した置き換えの数値 %4件</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート日時</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Undo the last import that stands: remove the figures it added and put back every figure it replaced.</source>
        <translation>取り消されていない最後のインポートを取り消す: 追加した数値を削除し、置き換えた数値をすべて元に戻す。</translation>
    </message>
    <message>
        <source>List the imports into the database.</source>
        <translation>データベースへのインポートの一覧を出力する。</translation>
    </message>
    <message>
        <source>--undo and --history cannot be given together</source>
        <translation>--undo と --history は同時に指定できません</translation>
    </message>
    <message>
        <source>%1 takes no file; unexpected argument &apos;%2&apos;</source>
        <translation>%1 にはファイルを指定できません。想定外の引数 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 takes no --on-conflict or --encoding</source>
        <translation>%1 には --on-conflict も --encoding も指定できません</translation>
    </message>
    <message>
        <source>%1; see %2 --help</source>
        <translation>%1。詳しくは %2 --help を参照してください</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了する。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了する。</translation>
    </message>
    <message>
        <source>Language of the messages: en or ja (default: the system&apos;s).</source>
        <translation>メッセージの言語: en または ja（既定: システムの言語）。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>終了ステータス:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Output format: csv (the interchange format) or json (default: csv).</source>
        <translation>出力形式: csv（データ交換用の形式）または json（既定: csv）。</translation>
    </message>
    <message>
        <source>Usage: irdash data [options]</source>
        <translation>使い方: irdash data [オプション]</translation>
    </message>
    <message>
        <source>Print the stored figures on standard output, chronologically, in the interchange format or as JSON.</source>
        <translation>保存されている数値を、期間の順にデータ交換用の形式または JSON で標準出力に出力します。</translation>
    </message>
    <message>
        <source>Usage: irdash check [options]</source>
        <translation>使い方: irdash check [オプション]</translation>
    </message>
    <message>
        <source>Compare every figure the dataset can recompute from others (segments and totals, quarters and the year, ratios and their parts, stated changes and the figures they compare) and print each mismatch at the stated precision, saying whether the rounding of the inputs explains it.</source>
        <translation>ほかの数値から再計算できるすべての数値（セグメントと合計、四半期と通期、比率とその構成要素、開示された増減とその比較対象の数値）を照合し、開示桁数での不一致をそれぞれ、入力値の端数処理で説明できるかどうかとともに出力します。</translation>
    </message>
    <message>
        <source>every mismatch is explained by rounding</source>
        <translation>すべての不一致が端数処理で説明できる</translation>
    </message>
    <message>
        <source>a mismatch is not explained by rounding, or a runtime error</source>
        <translation>端数処理で説明できない不一致がある、または実行時エラー</translation>
    </message>
    <message>
        <source>a usage error</source>
        <translation>使い方の誤り</translation>
    </message>
    <message>
        <source>Usage: irdash import [options] FILE
  or:  irdash import --undo [--db PATH]
  or:  irdash import --history [--db PATH]</source>
        <translation>使い方: irdash import [オプション] FILE
  または: irdash import --undo [--db PATH]
  または: irdash import --history [--db PATH]</translation>
    </message>
    <message>
        <source>Add the figures of a dataset file to the database, all or nothing, in one transaction; undo the last import; or list the imports.</source>
        <translation>データセットファイルの数値を一つのトランザクションで、すべてかまったくなしかのどちらかでデータベースに追加します。最後のインポートの取り消しや、インポートの一覧の出力もできます。</translation>
    </message>
    <message>
        <source>The dataset file to import, or - for standard input.</source>
        <translation>インポートするデータセットファイル（- で標準入力）。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>Logical size in pixels, 100 to 10000 a side (default: 1600x900).</source>
        <translation>ピクセル単位の論理サイズ、各辺 100～10000（既定: 1600x900）。</translation>
    </message>
    <message>
        <source>Pixels per logical pixel, 1 to 4: 2 draws a 1600x900 chart as a 3200x1800 PNG (default: 1).</source>
        <translation>論理ピクセルあたりのピクセル数、1～4。2 を指定すると 1600x900 のグラフを 3200x1800 の PNG に出力します（既定: 1）。</translation>
    </message>
    <message>
        <source>Quarters the quarterly charts show: 5, 8, 12 or 0 for all (default: 5).</source>
        <translation>四半期グラフの表示期間: 5、8、12、またはすべての場合は 0（既定: 5）。</translation>
    </message>
    <message>
        <source>File to write (- for standard output), or the folder for all.</source>
        <translation>出力ファイル（- で標準出力）。all の場合はフォルダー。</translation>
    </message>
    <message>
        <source>Usage: irdash export --chart NAME [options] -o PATH</source>
        <translation>使い方: irdash export --chart NAME [オプション] -o PATH</translation>
    </message>
    <message>
        <source>Draw a chart to a file or to standard output, or every chart into a folder, as the dashboard shows it.</source>
        <translation>グラフをダッシュボードの表示どおりにファイルまたは標準出力に出力します。すべてのグラフをフォルダーに出力することもできます。</translation>
    </message>
    <message>
        <source>Language of the chart and the messages: en or ja (default: the system&apos;s).</source>
        <translation>グラフとメッセージの言語: en または ja（既定: システムの言語）。</translation>
    </message>
    <message>
        <source>-o - writes one chart; --chart all needs a folder</source>
        <translation>-o - で出力できるグラフは一つです。--chart all にはフォルダーを指定してください</translation>
    </message>
    <message>
        <source>cannot write to the standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>Print the consistency report; exit 1 when a mismatch is not explained by rounding.</source>
        <translation>整合性チェックの結果を出力します。端数処理で説明できない不一致があれば終了ステータス 1 で終了します。</translation>
    </message>
    <message>
        <source>Add the figures of a dataset file; undo an import; list them.</source>
        <translation>データセットファイルの数値を追加します。インポートの取り消しや一覧の出力もできます。</translation>
    </message>
    <message>
        <source>Draw charts to files or to standard output.</source>
        <translation>グラフをファイルまたは標準出力に出力します。</translation>
    </message>
    <message>
        <source>Usage: irdash [options] [FILE...]
  or:  irdash COMMAND [options]</source>
        <translation>使い方: irdash [オプション] [FILE...]
  または: irdash COMMAND [オプション]</translation>
    </message>
    <message>
        <source>An investor-relations dashboard: quarterly results as the charts of an IR presentation, in English and Japanese. Without a command it opens the dashboard; the commands run without a display.</source>
        <translation>IR（投資家向け広報）ダッシュボード: 四半期決算を決算説明資料のグラフとして英語と日本語で表示します。コマンドを指定しなければダッシュボードを開きます。コマンドはディスプレイなしで実行できます。</translation>
    </message>
    <message>
        <source>Language: en or ja (default: the last one chosen, else the system&apos;s).</source>
        <translation>言語: en または ja（既定: 前回選んだ言語、なければシステムの言語）。</translation>
    </message>
    <message>
        <source>A dataset file to import; the dashboard shows what it would change first.</source>
        <translation>インポートするデータセットファイル。ダッシュボードが変更内容を先に表示します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME, -style NAME, -stylesheet FILE, -reverse, -qwindowgeometry GEOMETRY, -qwindowtitle TITLE and -display DISPLAY, go to Qt.</source>
        <translation>-platform NAME、-style NAME、-stylesheet FILE、-reverse、-qwindowgeometry GEOMETRY、-qwindowtitle TITLE、-display DISPLAY などの Qt 自体のオプションは Qt に渡されます。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>a runtime error (a file that cannot be read or written, no display for the dashboard); for check, a mismatch not explained by rounding</source>
        <translation>実行時エラー（読み書きできないファイル、ダッシュボード用のディスプレイがないなど）。check では端数処理で説明できない不一致</translation>
    </message>
    <message>
        <source>Run irdash COMMAND --help for the options of a command.</source>
        <translation>コマンドのオプションは irdash COMMAND --help で表示できます。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no display found (DISPLAY/WAYLAND_DISPLAY unset); the commands data, check, import and export run without one</source>
        <translation>ディスプレイが見つかりません（DISPLAY/WAYLAND_DISPLAY が未設定）。data、check、import、export の各コマンドはディスプレイなしで実行できます</translation>
    </message>
    <message>
        <source>The company whose figures to use, by its profile&apos;s key (default: the bundled one, %1).</source>
        <translation>使う数値の会社（プロファイルのキーで指定。既定: 同梱の会社 %1）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>The profile of the company the figures belong to (docs/PROFILE.md): a new company is added to the database with it, a known one gets it as its new profile; nothing is stored if the profile or the dataset has an error.</source>
        <translation>数値が属する会社のプロファイル（docs/PROFILE.md）。新しい会社はこのプロファイルでデータベースに加えられ、既にある会社はこれが新しいプロファイルになります。プロファイルかデータセットにエラーがあれば何も保存しません。</translation>
    </message>
    <message>
        <source>--profile names the company itself; give no --company</source>
        <translation>--profile が会社を示します。--company は指定しないでください</translation>
    </message>
    <message>
        <source>(a new company needs --profile)</source>
        <translation>（新しい会社には --profile が必要です）</translation>
    </message>
    <message>
        <source>the profile of %1 defines nothing for the %2 chart in that view; it draws %3</source>
        <translation>%1 のプロファイルはこの表示の %2 チャートを定義していません。描けるのは %3 です</translation>
    </message>
    <message>
        <source>For a workbook or a wide CSV (a data book): the source of the figures of every sheet without a source column, e.g. &quot;IIJ data book, 1Q FY2013&quot;.</source>
        <translation>ブックまたは横持ち形式の CSV（データブック）用: 出典（source）の列がないすべてのシートの数値の出典（例: &quot;IIJ data book, 1Q FY2013&quot;）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>For a data book: the cell holding that source, e.g. Cover!A1.</source>
        <translation>データブック用: その出典を記載したセル（例: Cover!A1）。</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>For a data book: the date its figures were announced, YYYY-MM-DD (default: none, as a CSV row without as_of).</source>
        <translation>データブック用: 数値の発表日 YYYY-MM-DD（既定: なし。as_of のない CSV の行と同じ扱い）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>For a data book: the unit of a sheet that states none, e.g. JPY_million.</source>
        <translation>データブック用: 単位の記載がないシートの単位（例: JPY_million）。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>For a data book without a basis column: reported, derived or target (default: reported).</source>
        <translation>区分（basis）の列がないデータブック用: reported、derived、target のいずれか（既定: reported）。</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>invalid --announced &apos;%1&apos;; expected a date YYYY-MM-DD</source>
        <translation>無効な --announced &apos;%1&apos;。日付 YYYY-MM-DD を指定してください</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; expected one of %2</source>
        <translation>不明な単位 &apos;%1&apos;。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown basis &apos;%1&apos;; expected reported, derived or target</source>
        <translation>不明な区分 &apos;%1&apos;。reported、derived、target のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--view does not apply to a workbook: it holds every view of the chart</source>
        <translation>--view はブックには指定できません。ブックにはグラフのすべての表示が含まれます</translation>
    </message>
    <message>
        <source>-o - writes one chart; a workbook needs a file name</source>
        <translation>-o - で出力できるグラフは一つです。ブックにはファイル名を指定してください</translation>
    </message>
    <message>
        <source>the profile of %1 defines nothing for the %2 chart; it draws %3</source>
        <translation>%1 のプロファイルは %2 チャートを定義していません。描けるのは %3 です</translation>
    </message>
    <message>
        <source>Chart to draw: %1; or all, every chart in every view into the folder -o names (with xlsx: into the one workbook, the default).</source>
        <translation>出力するグラフ: %1。all を指定すると、すべてのグラフをすべての表示で -o のフォルダーに出力します（xlsx では一つのブックに出力します。xlsx ではこれが既定です）。</translation>
    </message>
    <message>
        <source>png, svg, pdf, csv or xlsx (a workbook: a sheet per chart and view with its figures and a native chart, and a sheet of every figure) (default: what the file name ends in, else png).</source>
        <translation>png、svg、pdf、csv または xlsx（ブック: グラフと表示ごとに数値と Excel のグラフを載せたシート、およびすべての数値のシート）（既定: ファイル名の拡張子、なければ png）。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected png, svg, pdf, csv or xlsx</source>
        <translation>不明な形式 &apos;%1&apos;。png、svg、pdf、csv、xlsx のいずれかを指定してください</translation>
    </message>
    <message>
        <source>For a workbook: read only this sheet (may be given again), e.g. Facts, the figures of a workbook irdash exported.</source>
        <translation>ブックのうちこのシートだけを読みます（複数回指定できます）。例: Facts（irdash が書き出したブックの数値）。</translation>
    </message>
    <message>
        <source>For csv: long, one row per cell with its unit, basis and source (the default), or wide, the series down and the periods across as a data book lays them out, which irdash import reads back.</source>
        <translation>CSV の形式: long は1セル1行で単位・区分・出典付き（既定）、wide はデータブックのように系列を縦、期間を横に並べた形式で、irdash import で読み戻せます。</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;; expected long or wide</source>
        <translation>不明な形式「%1」です。long か wide を指定してください</translation>
    </message>
    <message>
        <source>--layout applies to csv only</source>
        <translation>--layout は csv にだけ指定できます</translation>
    </message>
</context>
<context>
    <name>CompanyChoice</name>
    <message>
        <source>the profile stored for the company %1 cannot be read: %2</source>
        <translation>会社 %1 に保存されたプロファイルを読めません: %2</translation>
    </message>
    <message>
        <source>the database holds no company &apos;%1&apos;; it holds %2</source>
        <translation>データベースに会社「%1」はありません。あるのは %2 です</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>不明な項目です。%1 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>expected a text that is not empty</source>
        <translation>空でない文字列を指定してください</translation>
    </message>
    <message>
        <source>expected an object with &quot;en&quot; and &quot;ja&quot; texts</source>
        <translation>&quot;en&quot; と &quot;ja&quot; の文字列を持つオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトを指定してください</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列を指定してください</translation>
    </message>
    <message>
        <source>expected a text such as &quot;TSE 3774&quot;</source>
        <translation>&quot;TSE 3774&quot; のような文字列を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; expected three capital letters (ISO 4217) such as JPY or USD</source>
        <translation>&apos;%1&apos; は通貨コードではありません。JPY や USD のような大文字3文字（ISO 4217）を指定してください</translation>
    </message>
    <message>
        <source>expected a month from 1 to 12</source>
        <translation>1 から 12 の月を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key; expected snake_case: lower-case letters and digits joined by &apos;_&apos;</source>
        <translation>&apos;%1&apos; はキーではありません。小文字と数字を &apos;_&apos; でつないだ snake_case を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice; first at %2</source>
        <translation>&apos;%1&apos; が二度定義されています。最初の定義は %2 です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends in %2, which names a stated change of a metric; expected a base key</source>
        <translation>&apos;%1&apos; は指標の増減を表す %2 で終わっています。基本のキーを指定してください</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;; expected one of %2</source>
        <translation>不明なグループ &apos;%1&apos;。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;; expected money, per_share, percent or count</source>
        <translation>不明な次元 &apos;%1&apos;。money、per_share、percent、count のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown aggregation &apos;%1&apos;; expected flow (adds up over time, as revenues) or stock (stands at a date, as headcount or a balance)</source>
        <translation>不明な集計方法 &apos;%1&apos;。flow（売上高のように期間で合計されるもの）または stock（人員数や残高のように時点で定まるもの）を指定してください</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>文字列を指定してください</translation>
    </message>
    <message>
        <source>expected at least one metric</source>
        <translation>指標を一つ以上指定してください</translation>
    </message>
    <message>
        <source>%1; expected a JSON profile (docs/PROFILE.md)</source>
        <translation>%1。JSON のプロファイル（docs/PROFILE.md）を指定してください</translation>
    </message>
    <message>
        <source>expected a JSON object (docs/PROFILE.md)</source>
        <translation>JSON オブジェクト（docs/PROFILE.md）を指定してください</translation>
    </message>
    <message>
        <source>expected %1, the version of the profile format this irdash reads</source>
        <translation>この irdash が読めるプロファイル形式のバージョン %1 を指定してください</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読めません: %1</translation>
    </message>
    <message>
        <source>expected a metric key</source>
        <translation>指標のキーを指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric of this profile</source>
        <translation>&apos;%1&apos; はこのプロファイルの指標ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; が二度挙げられています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the total drawn over the parts; expected it among none of the parts</source>
        <translation>&apos;%1&apos; は内訳の上に描く合計です。内訳には含めないでください</translation>
    </message>
    <message>
        <source>expected an object with a suffix and a colour</source>
        <translation>suffix と colour を持つオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour; expected #rrggbb, such as #cc79a7</source>
        <translation>&apos;%1&apos; は色ではありません。#cc79a7 のような #rrggbb を指定してください</translation>
    </message>
    <message>
        <source>a ratio is a percentage; expected the dimension percent</source>
        <translation>比率は百分率です。次元に percent を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names itself; expected two other metrics</source>
        <translation>&apos;%1&apos; は自分自身を指しています。ほかの指標を二つ指定してください</translation>
    </message>
    <message>
        <source>%1 and %2 measure different things; expected parts of one dimension</source>
        <translation>%1 と %2 は測るものが異なります。同じ次元の指標を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no ratio; expected a metric with one</source>
        <translation>&apos;%1&apos; には比率の定義がありません。比率の定義がある指標を指定してください</translation>
    </message>
    <message>
        <source>expected a list of two or more metric keys</source>
        <translation>二つ以上の指標のキーの配列を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a part of itself; expected other metrics</source>
        <translation>&apos;%1&apos; が自分自身の内訳になっています。ほかの指標を指定してください</translation>
    </message>
    <message>
        <source>%1 measures another thing than %2; expected parts of one dimension</source>
        <translation>%1 は %2 と測るものが異なります。同じ次元の指標を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a company key; expected snake_case such as &quot;iij&quot; (what --company names)</source>
        <translation>「%1」は会社のキーではありません。&quot;iij&quot; のような snake_case が必要です（--company で指定する名前）</translation>
    </message>
    <message>
        <source>%1: this version of irdash reads figures in JPY or USD only</source>
        <translation>%1: このバージョンの irdash が読めるのは円（JPY）か米ドル（USD）の数値だけです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name the year; expected a text with {year} or {end_year} (and {end_month} if wanted), such as &quot;FY{year}&quot;</source>
        <translation>「%1」は年を示していません。{year} か {end_year}（必要なら {end_month} も）を含む文字列が必要です（例: &quot;FY{year}&quot;）</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>%1 vs the sum of its parts</source>
        <translation>%1 と内訳の合計</translation>
    </message>
    <message>
        <source>%1 vs the sum of its quarters</source>
        <translation>%1 と各四半期の合計</translation>
    </message>
    <message>
        <source>%1 vs %2 / %3</source>
        <translation>%1 と %2 / %3</translation>
    </message>
    <message>
        <source>stated %1</source>
        <translation>開示値 %1</translation>
    </message>
    <message>
        <source>Comparisons: %1. Mismatches at the stated precision: %2 (%3 explained by rounding, %4 not).
</source>
        <translation>照合件数: %1。開示桁数での不一致: %2件（うち端数処理で説明できるもの %3件、説明できないもの %4件）。
</translation>
    </message>
    <message>
        <source>explained by rounding of the inputs</source>
        <translation>入力値の端数処理で説明できる</translation>
    </message>
    <message>
        <source>NOT explained by rounding</source>
        <translation>端数処理では説明できない</translation>
    </message>
    <message>
        <source>%1 vs the sum of %2</source>
        <extracomment>%1 a total, %2 its parts: &quot;Total revenues vs the sum of A + B&quot;
----------
%1 a metric, %2 quarters: &quot;Personnel costs vs the sum of 1Q12 + 2Q12&quot;</extracomment>
        <translation>%1 と %2 の合計</translation>
    </message>
    <message>
        <source>%1 vs %2 from %3 to %4</source>
        <extracomment>%1 a stated change, %2 its metric, %3 and %4 the periods it compares: &quot;Total revenues, YoY change % vs Total revenues from 1Q12 to 1Q13&quot;</extracomment>
        <translation>%1 と %2 の %3 から %4 への変化</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>a recomputed figure and the range its rounded inputs allow: &quot;26,342.0 (26,339.5 to 26,344.5)&quot;</extracomment>
        <translation>%1（%2～%3）</translation>
    </message>
    <message>
        <source>%1: stated %2, recomputed %3; %4</source>
        <extracomment>%1 what was compared, %2 the stated figure, %3 the recomputed one, %4 the verdict</extracomment>
        <translation>%1: 開示値 %2、再計算値 %3。%4</translation>
    </message>
    <message>
        <source>not explained by rounding</source>
        <translation>端数処理では説明できない</translation>
    </message>
</context>
<context>
    <name>DataBookReader</name>
    <message>
        <source>duplicate figure: period, metric, basis and as_of repeat %1; expected each figure once</source>
        <translation>数値が重複しています: period、metric、basis、as_of が %1 と同じです。各数値は1回だけ記載してください</translation>
    </message>
    <message>
        <source>the source cell %1 holds no text; expected a cell naming the document the figures come from</source>
        <translation>出典のセル %1 に文字列がありません。数値の出典となる資料名を記載したセルが必要です</translation>
    </message>
    <message>
        <source>no source for the figures of sheet %1; expected a source column, or the document they come from chosen for the import</source>
        <translation>シート %1 の数値に出典がありません。出典（source）の列、またはインポート時に指定した出典の資料が必要です</translation>
    </message>
    <message>
        <source>a cell beside the record; expected the %1 columns %2</source>
        <translation>レコードの横にセルがあります。%2 の %1 列が必要です</translation>
    </message>
    <message>
        <source>no figures after the header; expected at least one record</source>
        <translation>ヘッダーの後に数値がありません。少なくとも1件のレコードが必要です</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; in the note; expected one of %2, or JPY million, 百万円, %</source>
        <translation>注記に不明な単位 &apos;%1&apos; があります。%2 のいずれか、または JPY million、百万円、% が必要です</translation>
    </message>
    <message>
        <source>a second unit note, &apos;%1&apos;, where %2 says %3; expected one unit for the sheet, or a unit column</source>
        <translation>二つ目の単位の注記 &apos;%1&apos; があります（%2 では %3）。シートの単位は一つにするか、単位（unit）の列が必要です</translation>
    </message>
    <message>
        <source>two columns for one period: &apos;%1&apos; is %2, as is column %3; expected each period once</source>
        <translation>一つの期間に二つの列があります: &apos;%1&apos; は %2 で、%3 列も同じです。各期間の列は一つだけにしてください</translation>
    </message>
    <message>
        <source>unknown period header &apos;%1&apos;; expected a period such as %2, or a column named metric, name, unit, basis, source or as_of</source>
        <translation>不明な期間ヘッダー &apos;%1&apos;。%2 のような期間、または metric、name、unit、basis、source、as_of という名前の列が必要です</translation>
    </message>
    <message>
        <source>no column of metrics left of the periods; expected the metric keys or names in a column before the first period</source>
        <translation>期間の左に指標の列がありません。最初の期間より前の列に指標のキーまたは名前が必要です</translation>
    </message>
    <message>
        <source>merged cells %1:%2 in the table; expected one figure a cell (only the header may be merged)</source>
        <translation>表に結合セル %1:%2 があります。1セルに1つの数値が必要です（結合できるのはヘッダーのみ）</translation>
    </message>
    <message>
        <source>figures without a metric; expected the metric&apos;s key or name in this cell</source>
        <translation>指標のない数値があります。このセルに指標のキーまたは名前が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one metric (%2); expected one of their keys</source>
        <translation>&apos;%1&apos; は複数の指標（%2）に当てはまります。そのいずれかのキーが必要です</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; expected a key or name of the metric catalogue (docs/METRICS.md)</source>
        <translation>不明な指標 &apos;%1&apos;。指標カタログ（docs/METRICS.md）のキーまたは名前が必要です</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; expected a key or name of the metric catalogue (docs/METRICS.md); the closest is %2 (%3)</source>
        <translation>不明な指標 &apos;%1&apos;。指標カタログ（docs/METRICS.md）のキーまたは名前が必要です。最も近いのは %2（%3）です</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; expected one of %2, or JPY million, 百万円, %</source>
        <translation>不明な単位 &apos;%1&apos;。%2 のいずれか、または JPY million、百万円、% が必要です</translation>
    </message>
    <message>
        <source> (the unit of the note at %1)</source>
        <translation>（%1 の注記の単位）</translation>
    </message>
    <message>
        <source> (the unit chosen for the import)</source>
        <translation>（インポート時に指定した単位）</translation>
    </message>
    <message>
        <source>unknown basis &apos;%1&apos;; expected reported, derived or target (実績, 予想)</source>
        <translation>不明な区分 &apos;%1&apos;。reported、derived、target（実績、予想）のいずれかが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; again: metric %2 (%3) is already in row %4; expected each metric once a sheet</source>
        <translation>&apos;%1&apos; が重複しています: 指標 %2（%3）は既に %4 行目にあります。各指標は1シートに1回だけ記載してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in a column without a period; expected a period header above it, or an empty cell</source>
        <translation>期間のない列に &apos;%1&apos; があります。列の上に期間ヘッダーが必要です（またはセルを空にしてください）</translation>
    </message>
    <message>
        <source>%1 is not a figure irdash can keep exactly; expected at most 15 significant digits and 6 decimals (set the cell&apos;s number format)</source>
        <translation>%1 は irdash が正確に保持できる数値ではありません。有効数字15桁以内、小数6桁以内が必要です（セルの表示形式を設定してください）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; expected a figure such as 26441, 26,441 or △1,234, or an empty cell</source>
        <translation>&apos;%1&apos; は数値ではありません。26441、26,441、△1,234 のような数値、または空のセルが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a percentage, but the row&apos;s unit is %2; expected a figure in %2</source>
        <translation>&apos;%1&apos; はパーセントですが、行の単位は %2 です。%2 の数値が必要です</translation>
    </message>
    <message>
        <source>no unit for &apos;%1&apos;; expected a unit column, a unit in the name such as &apos;Total revenues (JPY million)&apos;, a note above the table such as (JPY million) or （単位：百万円）, or a unit chosen for the import</source>
        <translation>&apos;%1&apos; の単位がありません。単位（unit）の列、&apos;Total revenues (JPY million)&apos; のような名前の中の単位、(JPY million) や （単位：百万円） のような表の上の注記、またはインポート時に指定した単位が必要です</translation>
    </message>
    <message>
        <source>no figures in the table; expected a row of figures under the period headers</source>
        <translation>表に数値がありません。期間ヘッダーの下に数値の行が必要です</translation>
    </message>
    <message>
        <source>unexpected header &apos;%1&apos;; expected %2 (as_of may be left out)</source>
        <translation>予期しないヘッダー &apos;%1&apos;。%2 が必要です（as_of は省略可）</translation>
    </message>
    <message>
        <source>no sheet named &apos;%1&apos;; expected one of %2</source>
        <translation>&apos;%1&apos; という名前のシートはありません。%2 のいずれかが必要です</translation>
    </message>
    <message>
        <source>no sheet holds figures; expected a sheet with the header %1, or a table with a column of metrics and a header of periods such as %2</source>
        <translation>数値のあるシートがありません。ヘッダー %1 のあるシート、または指標の列と %2 のような期間のヘッダーがある表が必要です</translation>
    </message>
    <message>
        <source>too many errors; stopped after %1</source>
        <translation>エラーが多すぎるため、%1 件で中止しました</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Search period, metric or source</source>
        <translation>期間・指標・出典を検索</translation>
    </message>
    <message>
        <source>Matches period codes and names, metric keys and names, and sources</source>
        <translation>期間コード・期間名、指標キー・指標名、出典を対象に検索します</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>区分(&amp;B):</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>すべての数値</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>実績（開示）</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Showing %1 of %2 figures</source>
        <extracomment>%1 figures pass the search and basis filter, out of %2 in the database</extracomment>
        <translation>%2件中%1件を表示</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>整合性チェックに失敗しました: %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be written</source>
        <translation>データベース %1 に書き込めません</translation>
    </message>
    <message>
        <source>The database %1 cannot be written. irdash works on a copy in memory; imports will not be kept.</source>
        <translation>データベース %1 に書き込めません。irdash はメモリー上のコピーで動作します。インポートした数値は保存されません。</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was damaged (%2). It was kept as %3 and a new one was made from the bundled dataset; %n figure(s) you had imported could be read back.</source>
        <translation>
            <numerusform>データベース %1 は破損していました（%2）。%3 として保存し、同梱データセットから新しいデータベースを作成しました。インポート済みの数値のうち %n件を読み戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. irdash works in memory; imports will not be kept.</source>
        <translation>%1。irdash はメモリー上で動作します。インポートした数値は保存されません。</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program; close the other irdash (or the program using it) and try again, or name another file with --db; nothing was changed</source>
        <translation>データベース %1 は他のプログラムがロックしています。もう一方の irdash（またはそのファイルを使っているプログラム）を閉じてからやり直すか、--db で別のファイルを指定してください。何も変更していません</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is damaged (%2). It was left as it is; %n figure(s) you had imported could be read and are used here. Open irdash to repair it.</source>
        <translation>
            <numerusform>データベース %1 は破損しています（%2）。ファイルはそのままにしてあります。インポートした数値のうち %n件を読み取り、ここで使っています。修復するには irdash を開いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>the new database holds fewer figures than were read</source>
        <translation>新しいデータベースの数値が読み取った件数より少なくなっています</translation>
    </message>
    <message>
        <source>it could not be synced to the disk</source>
        <translation>ディスクへの書き込みを確定できませんでした</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>書き込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is damaged (%2), and the disk is full: no repaired copy could be written beside it. The damaged file was left in place, untouched; %n figure(s) you had imported could be read. Free some space and start again.</source>
        <translation>
            <numerusform>データベース %1 は破損しており（%2）、ディスクがいっぱいのため修復したコピーを横に書き込めませんでした。破損したファイルは元の場所にそのまま残してあります。インポートした数値のうち %n件を読み取りました。空き容量を確保してからもう一度起動してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is damaged (%2), and no repaired copy could be written beside it (%3). The damaged file was left in place, untouched; %n figure(s) you had imported could be read.</source>
        <translation>
            <numerusform>データベース %1 は破損しており（%2）、修復したコピーを横に書き込めませんでした（%3）。破損したファイルは元の場所にそのまま残してあります。インポートした数値のうち %n件を読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>irdash works in memory.</source>
        <translation>irdash はメモリー上で動作します。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside; it was left in place. irdash works in memory.</source>
        <translation>データベース %1 は破損しており（%2）、退避できなかったため元の場所に残してあります。irdash はメモリー上で動作します。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); the repaired copy could not take its place, so it was left as it was. irdash works in memory.</source>
        <translation>データベース %1 は破損しています（%2）。修復したコピーと置き換えられなかったため、元のままにしてあります。irdash はメモリー上で動作します。</translation>
    </message>
    <message>
        <source>cannot open the database %1: the folder %2 does not exist</source>
        <translation>データベース %1 を開けません: フォルダー %2 がありません</translation>
    </message>
    <message>
        <source>%1 is not a file; expected an irdash database</source>
        <translation>%1 はファイルではありません。irdash のデータベースを指定してください</translation>
    </message>
    <message>
        <source>%1 is an empty file that irdash did not make; expected an irdash database (remove the file to start a new one)</source>
        <translation>%1 は irdash が作成していない空のファイルです。irdash のデータベースを指定してください（新しく始めるにはこのファイルを削除してください）</translation>
    </message>
    <message>
        <source>cannot check the database %1: %2</source>
        <translation>データベース %1 を検査できません: %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: permission denied (the file belongs to %2); nothing was changed</source>
        <translation>データベース %1 を開けません: アクセス権がありません（ファイルの所有者は %2）。何も変更していません</translation>
    </message>
    <message>
        <source>the stored profile of %1 cannot be read; its figures were left out</source>
        <translation>%1 の保存されたプロファイルを読めないため、その数値は除外しました</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>quote inside an unquoted field; expected the whole field in quotes with inner quotes doubled</source>
        <translation>引用符で囲まれていないフィールドに引用符があります。フィールド全体を引用符で囲み、内部の引用符は二重にしてください</translation>
    </message>
    <message>
        <source>quoted field is not closed; expected a closing quote</source>
        <translation>引用符で囲まれたフィールドが閉じていません。閉じ引用符が必要です</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote; expected a comma or the end of the line</source>
        <translation>閉じ引用符の後に予期しない文字があります。カンマまたは行末が必要です</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>ファイルが空です。ヘッダー %1 が必要です</translation>
    </message>
    <message>
        <source>NUL character; expected UTF-8 text (is this a spreadsheet or a UTF-16 file?)</source>
        <translation>NUL 文字があります。UTF-8 のテキストが必要です（表計算ソフトのファイルや UTF-16 のファイルではありませんか？）</translation>
    </message>
    <message>
        <source>unexpected header &apos;%1&apos;; expected %2 (as_of may be left out)</source>
        <translation>予期しないヘッダー &apos;%1&apos;。%2 が必要です（as_of は省略可）</translation>
    </message>
    <message>
        <source>empty line; expected a record with %1 fields</source>
        <translation>空行があります。フィールド数 %1 のレコードが必要です</translation>
    </message>
    <message>
        <source>%1 fields; expected %2 (%3)</source>
        <translation>フィールド数が %1 です。%2 個（%3）が必要です</translation>
    </message>
    <message>
        <source>field of %1 characters; expected at most %2</source>
        <translation>フィールドが %1 文字あります。%2 文字以内にしてください</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos;; expected a code such as 1Q13, 1H13, 9M13 or FY13</source>
        <translation>不明な期間 &apos;%1&apos;。1Q13、1H13、9M13、FY13 のようなコードが必要です</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; expected a key of the metric catalogue (docs/METRICS.md)</source>
        <translation>不明な指標 &apos;%1&apos;。指標カタログ（docs/METRICS.md）のキーが必要です</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; expected one of %2</source>
        <translation>不明な単位 &apos;%1&apos;。%2 のいずれかが必要です</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; does not fit metric &apos;%2&apos;; expected %3</source>
        <translation>単位 &apos;%1&apos; は指標 &apos;%2&apos; に使えません。%3 が必要です</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>unknown basis &apos;%1&apos;; expected reported, derived or target</source>
        <translation>不明な区分 &apos;%1&apos;。reported、derived、target のいずれかが必要です</translation>
    </message>
    <message>
        <source>empty source; expected the document the figure comes from</source>
        <translation>出典が空です。数値の出典となる資料を記入してください</translation>
    </message>
    <message>
        <source>a derived figure&apos;s source must say how it was derived; expected it to begin with &apos;derived:&apos;</source>
        <translation>算出値の出典には算出方法を記載する必要があります。&apos;derived:&apos; で始めてください</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;; expected an ISO date such as 2013-08-06</source>
        <translation>無効な日付 &apos;%1&apos;。2013-08-06 のような ISO 形式の日付が必要です</translation>
    </message>
    <message>
        <source>duplicate figure: period, metric, basis and as_of repeat line %1; expected each figure once</source>
        <translation>数値が重複しています: period、metric、basis、as_of が %1 行目と同じです。各数値は1回だけ記載してください</translation>
    </message>
    <message>
        <source>too many errors; stopped after %1</source>
        <translation>エラーが多すぎるため、%1 件で中止しました</translation>
    </message>
    <message>
        <source>no figures after the header; expected at least one record</source>
        <translation>ヘッダーの後に数値がありません。少なくとも1件のレコードが必要です</translation>
    </message>
    <message>
        <source>mixed encodings: UTF-8 text at line %1 and bytes that are not UTF-8 here; expected the whole file in one encoding</source>
        <translation>文字コードが混在しています: %1 行目は UTF-8、ここは UTF-8 ではありません。ファイル全体を一つの文字コードで保存してください</translation>
    </message>
    <message>
        <source>byte sequence that is neither UTF-8 nor Shift_JIS text; expected the file saved as UTF-8 (or Shift_JIS)</source>
        <translation>UTF-8 でも Shift_JIS でもないバイト列があります。ファイルを UTF-8（または Shift_JIS）で保存してください</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;; expected a plain number with &apos;.&apos; as decimal point and no grouping, such as 26441 or -0.3 (negatives may also be written △1,234, ▲1,234 or (1,234))</source>
        <translation>無効な数値 &apos;%1&apos;。小数点に &apos;.&apos; を使い、桁区切りのない数値（26441 や -0.3 など）が必要です（負の数は △1,234、▲1,234、(1,234) とも書けます）</translation>
    </message>
    <message>
        <source>byte sequence that is not Shift_JIS (CP932); expected the whole file saved as Shift_JIS, or as UTF-8</source>
        <translation>Shift_JIS（CP932）ではないバイト列があります。ファイル全体を Shift_JIS または UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>the file read differently in parts and as a whole; nothing was imported</source>
        <translation>ファイルを分割して読んだ結果と全体を読んだ結果が一致しません。何もインポートしていません</translation>
    </message>
    <message>
        <source>quoted field is not closed on its line; expected a closing quote (read on, the field would end at line %1 with text after its quote)</source>
        <translation>引用符で囲まれたフィールドがその行で閉じていません。閉じ引用符が必要です（このまま読むと、フィールドは %1 行目で終わり、引用符の後に文字が続きます）</translation>
    </message>
    <message>
        <source>byte sequence that is not UTF-8; expected the whole file saved as UTF-8, as its byte order mark or the encoding asked for says</source>
        <translation>UTF-8 ではないバイト列があります。BOM または指定された文字コードのとおり、ファイル全体を UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>byte sequence that is neither UTF-8 nor Shift_JIS text: as Shift_JIS, bytes %1 would read %2, which Japanese text does not hold there (is the file Latin-1 or Windows-1252?); expected the file saved as UTF-8, or Shift_JIS named as its encoding</source>
        <translation>UTF-8 でも Shift_JIS でもないバイト列があります: Shift_JIS として読むとバイト %1 は %2 になり、日本語の文章にはありえない位置です（Latin-1 または Windows-1252 のファイルではありませんか？）。ファイルを UTF-8 で保存するか、文字コードに Shift_JIS を指定してください</translation>
    </message>
    <message>
        <source>unexpected character %1 in the value; expected a number in ASCII or full-width digits (a negative may also be written with △, ▲ or parentheses); superscript, circled, mathematical and other look-alike digits are not read as digits</source>
        <translation>値に予期しない文字 %1 があります。ASCII または全角の数字で書いた数値が必要です（負の数は △、▲ または括弧でも書けます）。上付き・丸囲み・数学用などの似た数字は数字として読みません</translation>
    </message>
    <message>
        <source>unexpected character %1 in the %2 field; expected ASCII or full-width letters, digits and signs (superscripts, circled or mathematical digits, ligatures and other look-alikes are not read as them)</source>
        <translation>%2 フィールドに予期しない文字 %1 があります。ASCII または全角の英数字と記号が必要です（上付き・丸囲み・数学用の数字、合字などの似た文字は、似ている文字としては読みません）</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; out of range; expected an as_of from 1900-01-01 to %2 (ten years from today)</source>
        <translation>日付 &apos;%1&apos; が範囲外です。as_of は 1900-01-01 から %2（今日から10年後）までの日付にしてください</translation>
    </message>
    <message>
        <source>control character %1 in the source; expected text without control or bidirectional formatting characters (a tab or a line break is allowed)</source>
        <translation>出典に制御文字 %1 があります。制御文字や双方向書式文字を含まない文字列を指定してください（タブと改行は使用できます）</translation>
    </message>
    <message>
        <source>invalid range &apos;%1&apos;; expected a lower and a higher number with the same decimals, such as 985~1005</source>
        <translation>無効な範囲 &apos;%1&apos;。985~1005 のように、同じ小数桁数で小さい数と大きい数を指定してください</translation>
    </message>
    <message>
        <source>a bound (&apos;%1&apos;) is for a target; expected a plain number for a figure that is %2</source>
        <translation>範囲の指定（&apos;%1&apos;）は目標値にのみ使えます。%2 の数値には通常の数値を指定してください</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; is in %2, but the company reports in %3; expected a unit in %3</source>
        <translation>単位「%1」は %2 ですが、この会社の報告通貨は %3 です。%3 の単位が必要です</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>グラフの書き出し</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 図</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>CSV data (the chart&apos;s table)</source>
        <translation>CSV データ（グラフの表）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ユーザー指定</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1倍</translation>
    </message>
    <message>
        <source>Byte order mark, for Excel on Japanese Windows</source>
        <translation>BOM 付き（日本語版 Windows の Excel 向け）</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>倍率(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>date the figure was announced</extracomment>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Consistency check: %1</source>
        <translation>整合性チェック: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see it on the Checks page.</source>
        <translation>ダブルクリックまたは Enter キーで整合性チェックのページに表示します。</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>nothing</source>
        <translation>存在しない項目</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO（名前付きパイプ）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクタデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>something that cannot be looked at</source>
        <translation>調べることのできない項目</translation>
    </message>
    <message>
        <source>a symbolic link to %1</source>
        <translation>%1へのシンボリックリンク</translation>
    </message>
</context>
<context>
    <name>FiscalPeriod</name>
    <message>
        <source>%1Q %2</source>
        <extracomment>%1 is the quarter (1-4), %2 the fiscal year&apos;s name, e.g. &quot;1Q FY2013&quot;</extracomment>
        <translation>%2第%1四半期</translation>
    </message>
    <message>
        <source>1H %1</source>
        <extracomment>first half of the fiscal year named %1 (&quot;FY2013&quot;)</extracomment>
        <translation>%1上期</translation>
    </message>
    <message>
        <source>2H %1</source>
        <extracomment>second half of the fiscal year named %1 (&quot;FY2013&quot;)</extracomment>
        <translation>%1下期</translation>
    </message>
    <message>
        <source>9M %1</source>
        <extracomment>first nine months of the fiscal year named %1 (&quot;FY2013&quot;)</extracomment>
        <translation>%1第3四半期累計</translation>
    </message>
    <message>
        <source>%1Q%2</source>
        <extracomment>compact axis label; %1 is the quarter, %2 the two-digit fiscal year</extracomment>
        <translation>%2/%1Q</translation>
    </message>
    <message>
        <source>%1H%2</source>
        <extracomment>compact axis label; %1 is the half (1 or 2), %2 the two-digit fiscal year</extracomment>
        <translation>%2/%1H</translation>
    </message>
    <message>
        <source>9M%1</source>
        <translation>%1/9M</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>GrossMarginChart</name>
    <message>
        <source>Ratios</source>
        <translation>利益率</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>売上総利益</translation>
    </message>
    <message>
        <source>Gross margin ratio</source>
        <translation>売上総利益率</translation>
    </message>
</context>
<context>
    <name>HeadcountChart</name>
    <message>
        <source>Personnel costs</source>
        <translation>人件費</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員数</translation>
    </message>
    <message>
        <source>Personnel costs to revenues</source>
        <translation>人件費率</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人件費・人員</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import dataset</source>
        <translation>データセットのインポート</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 rows (%2) · %3 periods: %4 · %5 metrics&lt;br&gt;</source>
        <translation>%1行（%2）・期間 %3件: %4・指標 %5件&lt;br&gt;</translation>
    </message>
    <message>
        <source>Importing adds &lt;b&gt;%1&lt;/b&gt; new figures; %2 are already stored with the same value; &lt;b&gt;%3&lt;/b&gt; are stored with another value.</source>
        <translation>インポートすると &lt;b&gt;%1件&lt;/b&gt; の数値を新規に追加します。%2件は同じ値で保存済み、&lt;b&gt;%3件&lt;/b&gt; は別の値で保存済みです。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>&amp;Replace the stored figures with the file&apos;s</source>
        <translation>保存済みの数値をファイルの値で置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the stored figures; import only the rest</source>
        <translation>保存済みの数値を残し、それ以外だけをインポートする(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s). Nothing can be imported until they are fixed:</source>
        <translation>
            <numerusform>ファイルに%n件のエラーがあります。修正するまでインポートできません:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>an error that concerns the whole file (no line) or line (no column)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Copy errors</source>
        <translation>エラーをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Stored with another value</source>
        <translation>保存済み（値が異なる）</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>保存済み（同じ値）</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>the database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>there is no import to undo in %1</source>
        <translation>%1 には取り消せるインポートがありません</translation>
    </message>
    <message>
        <source>the database %1 cannot be written; nothing was undone</source>
        <translation>データベース %1 に書き込めません。何も取り消していません</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program; nothing was undone</source>
        <translation>データベース %1 は他のプログラムがロックしています。何も取り消していません</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot undo the import of %1: %2; nothing was undone</source>
        <translation>%1 のインポートを取り消せません: %2。何も取り消していません</translation>
    </message>
    <message>
        <source>the record of the import of %1 does not match the figures stored (%2 of %3 inserted, %4 of %5 replaced); nothing was undone</source>
        <translation>%1 のインポートの記録が保存されている数値と一致しません（追加 %3件中 %2件、置き換え %5件中 %4件）。何も取り消していません</translation>
    </message>
    <message>
        <source>cannot undo the import of %1: the database could not be written; nothing was undone</source>
        <translation>%1 のインポートを取り消せません: データベースに書き込めませんでした。何も取り消していません</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <source>No import has been recorded in this database yet.</source>
        <translation>このデータベースにはまだインポートの記録がありません。</translation>
    </message>
    <message>
        <source>Every import into this database, the newest first. Edit &gt; Undo takes back the newest import that is not undone, then the one before it.</source>
        <translation>このデータベースへのすべてのインポートです（新しい順）。［編集］の取り消しは、取り消されていない最新のインポートを取り消し、もう一度選ぶとその前のものを取り消します。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート日時</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>取り消す変更なし</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>%1 のインポートを取り消しています…</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 is too large for a dataset file: %2 bytes; the limit is %3 bytes (%4)</source>
        <translation>%1 はデータセットファイルとして大きすぎます: %2 バイト。上限は %3 バイト（%4）です</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; expected a dataset file</source>
        <translation>%1 は%2であり、ファイルではありません。データセットファイルを指定してください</translation>
    </message>
    <message>
        <source>cannot read the standard input: %1</source>
        <translation>標準入力を読み込めません: %1</translation>
    </message>
    <message>
        <source>the standard input is too large for a dataset file: more than %1 bytes (%2)</source>
        <translation>標準入力はデータセットファイルとして大きすぎます: 上限の %1 バイト（%2）を超えています</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>%1 pt</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>前年同期比</translation>
    </message>
    <message>
        <source>QoQ</source>
        <translation>前四半期比</translation>
    </message>
    <message>
        <source>%1: no figure</source>
        <translation>%1: 数値なし</translation>
    </message>
    <message>
        <source>%1 stated in: %2</source>
        <translation>%1（開示値）の出典: %2</translation>
    </message>
    <message>
        <source>%1 computed from the figures: %2</source>
        <translation>%1は数値からの算出値です: %2</translation>
    </message>
    <message>
        <source>YoY %1&lt;br&gt;QoQ %2</source>
        <extracomment>the two changes of a KPI card, one above the other (HTML)</extracomment>
        <translation>前年同期比 %1&lt;br&gt;前四半期比 %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>irdash: %1 is not installed (package fonts-noto-cjk); Japanese chart text uses %2</source>
        <translation>irdash: %1 がインストールされていません（パッケージ fonts-noto-cjk）。グラフの日本語は %2 で表示します</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>irdash — %1</source>
        <translation>irdash — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Previous quarter</source>
        <translation>前の四半期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next quarter</source>
        <translation>次の四半期(&amp;N)</translation>
    </message>
    <message>
        <source>Show data &amp;tables</source>
        <translation>データ表を表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About irdash</source>
        <translation>irdashについて(&amp;A)</translation>
    </message>
    <message>
        <source>Revenue mix</source>
        <translation>売上構成</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>売上総利益</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人件費・人員</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>業績目標</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %1 (%n figure(s))</source>
        <translation>
            <numerusform>データセット: %1（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>About irdash</source>
        <translation>irdashについて</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>グラフを書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>すべてのグラフを書き出し(&amp;A)…</translation>
    </message>
    <message>
        <source>Export chart &amp;data as CSV…</source>
        <translation>グラフのデータを CSV で書き出し(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>グラフを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>グラフをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>すべてのグラフの書き出し先</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation>
            <numerusform>%n件のグラフを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Import dataset</source>
        <translation>データセットのインポート</translation>
    </message>
    <message>
        <source>Dataset files (*.csv);;All files (*)</source>
        <translation>データセットファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Import dataset…</source>
        <translation>データセットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 replaced, %4 kept, %5 unchanged</source>
        <translation>%1 をインポートしました: 新規 %2件、置き換え %3件、保持 %4件、変更なし %5件</translation>
    </message>
    <message>
        <source>The date every figure shown stands at: figures and targets announced later take no part</source>
        <translation>表示中の数値の基準日: これより後に発表された数値や目標は表示しません</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>a recent file in the File menu: its number (a mnemonic) and its name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;visible rows as CSV…</source>
        <translation>表示中の行を CSV でエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>The figures the Data page&apos;s search and filter show, in the dataset format</source>
        <translation>データページの検索と絞り込みで表示されている数値を、データセットの形式で書き出します</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>表示中の行のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n figure(s) to %1</source>
        <translation>
            <numerusform>%n件の数値を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart and its figures copied to the clipboard</source>
        <translation>グラフとその数値をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>&amp;Undo import of %1</source>
        <translation>%1 のインポートを取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>最後のインポートを取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>インポート履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>インポートの取り消し</translation>
    </message>
    <message>
        <source>Undo the import of %1 of %2?</source>
        <translation>%2 に行った %1 のインポートを取り消しますか？</translation>
    </message>
    <message>
        <source>New figures it added, to be removed: %1
Figures it replaced, to get their earlier values back: %2</source>
        <translation>削除する、追加された新規の数値: %1件
元の値に戻す、置き換えられた数値: %2件</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>取り消しに失敗しました</translation>
    </message>
    <message>
        <source>Undid the import of %1 (new figures removed: %2, replaced figures restored: %3)</source>
        <translation>%1 のインポートを取り消しました（削除した新規の数値 %2件、元に戻した数値 %3件）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;irdash %1&lt;/h3&gt;&lt;p&gt;An investor-relations dashboard: quarterly results as the charts of an IR presentation, every figure with its period, unit, basis and source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Derived figures are computed from stated figures and drawn lighter; figures the sources do not give are left empty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;irdash %1&lt;/h3&gt;&lt;p&gt;IR（投資家向け情報）ダッシュボード。四半期決算をIR説明資料のようなグラフで表示し、すべての数値に期間・単位・区分・出典を付記します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;データの出典&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;算出値は開示された数値から算出したもので、薄い色で表示します。出典に記載のない数値は空欄のままにしています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>整合性チェック</translation>
    </message>
    <message>
        <source>Import company: the profile</source>
        <translation>会社の取り込み: プロファイル</translation>
    </message>
    <message>
        <source>Company profiles (*.json);;All files (*)</source>
        <translation>会社プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import company: the dataset</source>
        <translation>会社の取り込み: データセット</translation>
    </message>
    <message>
        <source>Import co&amp;mpany…</source>
        <translation>会社を取り込む(&amp;M)…</translation>
    </message>
    <message>
        <source>A company&apos;s profile and its dataset, shown beside the companies already here</source>
        <translation>会社のプロファイルとデータセットを取り込み、既にある会社と並べて表示します</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <extracomment>the toolbar&apos;s choice of company; K, for C is taken by the Edit menu&apos;s Copy chart</extracomment>
        <translation>会社(&amp;Y):</translation>
    </message>
    <message>
        <source>Cannot show the company</source>
        <translation>会社を表示できません</translation>
    </message>
    <message numerus="yes">
        <source>The profile %1 has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>プロファイル %1 に%n件のエラーがあります。何も取り込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Datasets and data books (*.csv *.xlsx);;All files (*)</source>
        <translation>データセットとデータブック (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export dashboard as &amp;workbook…</source>
        <translation>ダッシュボードをブックとして書き出し(&amp;W)…</translation>
    </message>
    <message>
        <source>Export dashboard as workbook</source>
        <translation>ダッシュボードをブックとして書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Import data book</source>
        <translation>データブックのインポート</translation>
    </message>
    <message>
        <source>The document the figures of %1 come from (kept as every figure&apos;s source), with its address if it has one:</source>
        <translation>%1 の数値の出典となる資料（すべての数値の出典として保存します）。URL などのアドレスがあれば併せて入力してください:</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>%1, YoY change</source>
        <extracomment>%1 is a metric name</extracomment>
        <translation>%1（前年同期比増減）</translation>
    </message>
    <message>
        <source>%1, QoQ change</source>
        <translation>%1（前四半期比増減）</translation>
    </message>
    <message>
        <source>%1, YoY change %</source>
        <translation>%1（前年同期比増減率）</translation>
    </message>
    <message>
        <source>%1, QoQ change %</source>
        <translation>%1（前四半期比増減率）</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: it is %2, not a file</source>
        <translation>%1 に書き込めません: %2であり、ファイルではありません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>nothing more was written</source>
        <translation>これ以上書き込めませんでした</translation>
    </message>
    <message>
        <source>cannot write to the standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>QuarterBrowser</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>四半期(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation>表示期間(&amp;S):</translation>
    </message>
    <message>
        <source>Previous quarter (Ctrl+Left)</source>
        <translation>前の四半期 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next quarter (Ctrl+Right)</source>
        <translation>次の四半期 (Ctrl+→)</translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation>全四半期</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n四半期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <source>no figure in the dataset</source>
        <translation>データセットに数値がありません</translation>
    </message>
    <message>
        <source>no figure in the dataset, nor the parts to compute it</source>
        <translation>データセットに数値も、算出に必要な内訳もありません</translation>
    </message>
    <message>
        <source>derived: %1 %2 / %3 %4 (computed by irdash)</source>
        <translation>derived: %1 %2 / %3 %4（irdashで算出）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Revenue mix</source>
        <translation>売上構成</translation>
    </message>
    <message>
        <source>Gross margin ratios</source>
        <translation>売上総利益率</translation>
    </message>
    <message>
        <source>Gross margin by segment</source>
        <translation>セグメント別売上総利益</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>1Q</source>
        <translation>第1四半期</translation>
    </message>
    <message>
        <source>4Q</source>
        <translation>第4四半期</translation>
    </message>
    <message>
        <source>Full year</source>
        <translation>通期</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人件費・人員</translation>
    </message>
    <message>
        <source>%1 actual vs %2 target</source>
        <translation>%1実績と%2目標</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1実績</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1目標</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>増減率</translation>
    </message>
    <message>
        <source>Stated change %</source>
        <translation>増減率（開示）</translation>
    </message>
    <message>
        <source>no target in the dataset</source>
        <translation>データセットに目標がありません</translation>
    </message>
    <message>
        <source>not checked: the figures it compares are missing</source>
        <translation>未照合: 比較する数値がありません</translation>
    </message>
    <message>
        <source>agrees with the stored figures</source>
        <translation>保存されている数値と一致</translation>
    </message>
    <message>
        <source>differs from the stored figures (%1 computed) within rounding</source>
        <translation>保存されている数値と相違（算出値 %1）、端数処理の範囲内</translation>
    </message>
    <message>
        <source>the source states no change</source>
        <translation>出典に増減の記載なし</translation>
    </message>
    <message>
        <source>derived: %1 target %2 minus %3 actual %4 (computed by irdash)</source>
        <translation>derived: %1目標 %2 - %3実績 %4（irdashで算出）</translation>
    </message>
    <message>
        <source>derived: (%1 target %2 / %3 actual %4 - 1) x 100 (computed by irdash)</source>
        <translation>derived: (%1目標 %2 / %3実績 %4 - 1) x 100（irdashで算出）</translation>
    </message>
    <message>
        <source>not defined: the actual is zero</source>
        <translation>算出不能: 実績がゼロ</translation>
    </message>
    <message>
        <source>needs both the actual and the target</source>
        <translation>実績と目標の両方が必要</translation>
    </message>
    <message>
        <source>derived: sum of %1 (computed by irdash)</source>
        <translation>derived: %1 の合計（irdashで算出）</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>%1が必要</translation>
    </message>
    <message>
        <source>Progress toward the targets, %1</source>
        <translation>業績目標に対する進捗率（%1）</translation>
    </message>
    <message>
        <source>Actual to %1</source>
        <translation>%1までの累計実績</translation>
    </message>
    <message>
        <source>Progress to %1 target</source>
        <translation>%1目標に対する進捗率</translation>
    </message>
    <message>
        <source>Last year: %1 of %2 actual</source>
        <translation>前年度: %2実績に対する%1の進捗率</translation>
    </message>
    <message>
        <source>the actual and the half-year target</source>
        <translation>実績と上期目標</translation>
    </message>
    <message>
        <source>last year&apos;s actuals</source>
        <translation>前年度の実績</translation>
    </message>
    <message>
        <source>the first half is over</source>
        <translation>上期は終了済み</translation>
    </message>
    <message>
        <source>the actual and the full-year target</source>
        <translation>実績と通期目標</translation>
    </message>
    <message>
        <source>Revisions of the %1 targets</source>
        <translation>%1目標の修正履歴</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修正額</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>first announcement</source>
        <translation>当初発表</translation>
    </message>
    <message>
        <source>derived: %1 target %2 (%3) minus %4 (%5) (computed by irdash)</source>
        <translation>derived: %1 目標 %2（%3）- %4（%5）（irdashで算出）</translation>
    </message>
    <message>
        <source>Key figures, %1</source>
        <translation>主要指標（%1）</translation>
    </message>
    <message>
        <source>YoY change</source>
        <translation>前年同期比増減</translation>
    </message>
    <message>
        <source>YoY %</source>
        <translation>前年同期比増減率</translation>
    </message>
    <message>
        <source>QoQ change</source>
        <translation>前四半期比増減</translation>
    </message>
    <message>
        <source>QoQ %</source>
        <translation>前四半期比増減率</translation>
    </message>
    <message>
        <source>needs %1 and %2</source>
        <translation>%1と%2の数値が必要</translation>
    </message>
    <message>
        <source>derived: %1 %2 minus %3 %4 (computed by irdash)</source>
        <translation>derived: %1 %2 - %3 %4（irdashで算出）</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>単位: ポイント</translation>
    </message>
    <message>
        <source>not shown for a ratio; see the change in points</source>
        <translation>比率のため非表示（ポイント差の増減を参照）</translation>
    </message>
    <message>
        <source>not defined: the earlier figure is zero</source>
        <translation>算出不能: 比較対象期間の数値がゼロ</translation>
    </message>
    <message>
        <source>derived: (%1 %2 / %3 %4 - 1) x 100 (computed by irdash)</source>
        <translation>derived: (%1 %2 / %3 %4 - 1) x 100（irdashで算出）</translation>
    </message>
    <message>
        <source>derived: %1 %2 %3 minus %4 %5 (computed by irdash)</source>
        <translation>derived: %1 %2 %3 - %4 %5（irdashで算出）</translation>
    </message>
    <message>
        <source>announced on %1, after %2</source>
        <translation>%1に発表（%2より後）</translation>
    </message>
    <message>
        <source>Original target</source>
        <translation>当初目標</translation>
    </message>
    <message>
        <source>revised to %1 on %2</source>
        <translation>%2に%1へ修正</translation>
    </message>
    <message>
        <source>stated %1%, computed %2% from the stored figures: they differ beyond rounding</source>
        <translation>開示値 %1%、保存されている数値からの算出値 %2%: 端数処理では説明できない相違</translation>
    </message>
    <message>
        <source>the announcement of this target (%1) states no change</source>
        <translation>この目標の発表（%1）に増減率の記載なし</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>stated by the company; computed from the figures: %1</source>
        <translation>会社の開示値。数値からの算出値: %1</translation>
    </message>
    <message>
        <source>stated by the company</source>
        <translation>会社の開示値</translation>
    </message>
    <message>
        <source>%1: %2 target</source>
        <extracomment>%1 a metric, %2 a period: &quot;EPS: FY2013 target&quot;</extracomment>
        <translation>%1: %2目標</translation>
    </message>
    <message>
        <source>reaffirmed on %1</source>
        <translation>%1に据え置き</translation>
    </message>
    <message>
        <source>no revision in the dataset</source>
        <translation>データセットに修正なし</translation>
    </message>
    <message>
        <source>not meaningful: the actual is a loss</source>
        <translation>算出せず: 実績が損失</translation>
    </message>
</context>
<context>
    <name>RevenueMixChart</name>
    <message>
        <source>By segment</source>
        <translation>セグメント別</translation>
    </message>
    <message>
        <source>In detail</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>Recurring and one-time</source>
        <translation>ストック売上・一時売上</translation>
    </message>
    <message>
        <source>Revenues</source>
        <translation>売上高</translation>
    </message>
    <message>
        <source>Revenue mix</source>
        <translation>売上構成</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the SQLite driver for Qt is not installed (libqt6sql6-sqlite)</source>
        <translation>Qt の SQLite ドライバーがインストールされていません（libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not an irdash database: %2</source>
        <translation>%1 は irdash のデータベースではありません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer irdash (schema %2; this one reads up to %3)</source>
        <translation>%1 は新しいバージョンの irdash で作成されています（スキーマ %2。このバージョンで読み込めるのはスキーマ %3 まで）</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot create the schema: %1</source>
        <translation>スキーマを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot set the schema version: %1</source>
        <translation>スキーマのバージョンを設定できません: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>cannot store period %1: %2</source>
        <translation>期間 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot store metric %1: %2</source>
        <translation>指標 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>データベースを読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot store %1 %2: %3</source>
        <translation>%1 %2 を保存できません: %3</translation>
    </message>
    <message>
        <source>cannot replace %1 %2: %3</source>
        <translation>%1 %2 を置き換えられません: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) already stored with another value; nothing was imported</source>
        <translation>
            <numerusform>%n件の数値が別の値で既に保存されているため、何もインポートしませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>インポートを確定できません: %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>インポートを取り消しました。何もインポートしていません</translation>
    </message>
    <message>
        <source>cannot update the schema: %1</source>
        <translation>スキーマを更新できません: %1</translation>
    </message>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>データベース接続がSQLiteではありません</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>インポートを準備できません: %1</translation>
    </message>
    <message>
        <source>cannot store %1 %2: the period, the decimals (0 to 6) or the source is missing</source>
        <translation>%1 %2 を保存できません: 期間、小数桁数（0～6）または出典がありません</translation>
    </message>
    <message>
        <source>the figures could not all be read; nothing was imported</source>
        <translation>すべての数値を読み込めませんでした。何もインポートしていません</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program</source>
        <translation>データベース %1 は他のプログラムがロックしています</translation>
    </message>
    <message>
        <source>the database %1 is damaged: %2</source>
        <translation>データベース %1 は破損しています: %2</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>データベース %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is an empty database that irdash did not make; expected an irdash database (remove the file to start a new one)</source>
        <translation>%1 は irdash が作成していない空のデータベースです。irdash のデータベースを指定してください（新しく始めるにはこのファイルを削除してください）</translation>
    </message>
    <message>
        <source>the new database %1 cannot be made read-only</source>
        <translation>新しいデータベース %1 は読み取り専用では作成できません</translation>
    </message>
    <message>
        <source>%1 is not an irdash database (it is another program&apos;s SQLite database); it was left as it is</source>
        <translation>%1 は irdash のデータベースではありません（他のプログラムの SQLite データベースです）。そのままにしてあります</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>インポートを記録できません: %1</translation>
    </message>
    <message>
        <source>cannot record %1 %2 for the import history: %3</source>
        <translation>%1 %2 をインポート履歴に記録できません: %3</translation>
    </message>
    <message>
        <source>the database holds no company &apos;%1&apos;</source>
        <translation>データベースに会社「%1」はありません</translation>
    </message>
    <message>
        <source>cannot store the company %1: %2</source>
        <translation>会社 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot store the profile of %1: %2</source>
        <translation>%1 のプロファイルを保存できません: %2</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引用符で囲まれたフィールドが閉じていません</translation>
    </message>
    <message>
        <source>expected the header %1</source>
        <translation>ヘッダー %1 が必要です</translation>
    </message>
    <message>
        <source>line %1: %2 fields; expected %3</source>
        <translation>%1 行目: フィールド数が %2 です。%3 個が必要です</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a number</source>
        <translation>%1 行目: &apos;%2&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>series %1 has %2 cells; expected %3</source>
        <translation>系列 %1 のセル数が %2 です。%3 個が必要です</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a figure and the date it was announced: &quot;117,000 (2013-05-15)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see it on the Checks page.</source>
        <translation>ダブルクリックまたは Enter キーで整合性チェックのページに表示します。</translation>
    </message>
    <message>
        <source>%1; mismatch beyond rounding: %2</source>
        <translation>%1。端数処理の範囲を超える不一致: %2</translation>
    </message>
</context>
<context>
    <name>TargetHistoryChart</name>
    <message>
        <source>Target in force</source>
        <translation>有効な目標</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a target and the day it was announced: &quot;9,400 (2013-05-15)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Target history</source>
        <translation>業績目標の修正履歴</translation>
    </message>
</context>
<context>
    <name>TargetsChart</name>
    <message>
        <source>%1 (announced %2)</source>
        <translation>%1（%2発表）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>%1   %2 → %3</source>
        <translation>%1   %2 → %3</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>no actual</source>
        <translation>実績なし</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>増減率（%）</translation>
    </message>
    <message>
        <source>%1 → %2 (no %)</source>
        <translation>%1 → %2（増減率なし）</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>業績目標</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Show the revision history of the targets</source>
        <translation>業績目標の修正履歴を表示</translation>
    </message>
    <message>
        <source>Revisions of the &amp;target:</source>
        <translation>目標の修正推移(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>JPY million</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>JPY billion</source>
        <translation>十億円</translation>
    </message>
    <message>
        <source>JPY</source>
        <translation>円</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>count</source>
        <translation>人・件</translation>
    </message>
    <message>
        <source>USD thousand</source>
        <translation>千米ドル</translation>
    </message>
    <message>
        <source>USD million</source>
        <translation>百万米ドル</translation>
    </message>
    <message>
        <source>USD billion</source>
        <translation>十億米ドル</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>米ドル</translation>
    </message>
</context>
<context>
    <name>WideCsv</name>
    <message>
        <source>field of %1 characters; expected at most %2</source>
        <translation>フィールドが %1 文字あります。%2 文字以内にしてください</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote; expected a comma or the end of the line</source>
        <translation>閉じ引用符の後に予期しない文字があります。カンマまたは行末が必要です</translation>
    </message>
    <message>
        <source>quote inside an unquoted field; expected the whole field in quotes with inner quotes doubled</source>
        <translation>引用符で囲まれていないフィールドに引用符があります。フィールド全体を引用符で囲み、内部の引用符は二重にしてください</translation>
    </message>
    <message>
        <source>quoted field is not closed; expected a closing quote</source>
        <translation>引用符で囲まれたフィールドが閉じていません。閉じ引用符が必要です</translation>
    </message>
</context>
<context>
    <name>WorkbookExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Styles:</source>
        <translation>書式の凡例:</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>実績（開示）</translation>
    </message>
    <message>
        <source>derived *</source>
        <translation>算出値 *</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation>ブックの作成を開始できませんでした</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>the sheet name %1 was refused</source>
        <translation>シート名 %1 が受け付けられませんでした</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>the workbook came out empty</source>
        <translation>書き出したブックが空でした</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not an Excel workbook (.xlsx): %1; expected a workbook saved by Excel or LibreOffice as .xlsx</source>
        <translation>Excel ブック（.xlsx）ではありません: %1。Excel または LibreOffice で .xlsx として保存したブックが必要です</translation>
    </message>
    <message>
        <source>%1; save it as an Excel workbook (.xlsx) without a password</source>
        <translation>%1。パスワードなしの Excel ブック（.xlsx）として保存してください</translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected; save it without a password</source>
        <translation>%1: ブックはパスワードで保護されています。パスワードなしで保存してください</translation>
    </message>
    <message>
        <source>%1: malformed XML: %2</source>
        <translation>%1: XML の形式が正しくありません: %2</translation>
    </message>
    <message>
        <source>%1 (sheet %2): malformed XML: %3</source>
        <translation>%1（シート %2）: XML の形式が正しくありません: %3</translation>
    </message>
    <message>
        <source>%1 is missing: not an Excel workbook (.xlsx)</source>
        <translation>%1 がありません: Excel ブック（.xlsx）ではありません</translation>
    </message>
    <message>
        <source>%1 is missing from the workbook</source>
        <translation>ブックに %1 がありません</translation>
    </message>
    <message>
        <source>%1:%2:%3: a document type declaration, which no workbook part has</source>
        <translation>%1:%2:%3: 文書型宣言があります。ブックのパーツに文書型宣言はありません</translation>
    </message>
    <message>
        <source>%1: sheet %2 has the relationship id %3, which %4 does not have (damaged)</source>
        <translation>%1: シート %2 のリレーションシップ ID %3 が %4 にありません（破損）</translation>
    </message>
    <message>
        <source>%1:%2: a sheet without a name or relationship id</source>
        <translation>%1:%2: 名前またはリレーションシップ ID のないシートがあります</translation>
    </message>
    <message>
        <source>%1:%2: a worksheet relationship without a target in the package</source>
        <translation>%1:%2: パッケージ内に参照先のないワークシートのリレーションシップがあります</translation>
    </message>
    <message>
        <source>%1a text of more than %2 characters; a cell holds at most %2</source>
        <translation>%1%2 文字を超える文字列があります。セルに入る文字列は %2 文字までです</translation>
    </message>
    <message>
        <source>%1:%2:%3, shared string %4: </source>
        <translation>%1:%2:%3、共有文字列 %4: </translation>
    </message>
    <message>
        <source>%1: more than %2 shared strings; a workbook has at most %2 cells</source>
        <translation>%1: 共有文字列が %2 個を超えています。ブックのセルは最大 %2 個です</translation>
    </message>
    <message>
        <source>%1: more than 65,536 cell formats</source>
        <translation>%1: セルの書式が 65,536 個を超えています</translation>
    </message>
    <message>
        <source>%1, the part of sheet %2, is missing from the workbook</source>
        <translation>シート %2 のパーツ %1 がブックにありません</translation>
    </message>
    <message>
        <source>%1:%2, sheet %3: the row number &quot;%4&quot; is not one from 1 to %5 (damaged)</source>
        <translation>%1:%2、シート %3: 行番号 &quot;%4&quot; が 1～%5 の範囲にありません（破損）</translation>
    </message>
    <message>
        <source>row %1 comes after row %2: rows out of order (damaged)</source>
        <translation>%1 行目が %2 行目の後にあります: 行の順序が正しくありません（破損）</translation>
    </message>
    <message>
        <source>a row after row %1, the last a sheet has (damaged)</source>
        <translation>シートの最終行である %1 行目より後に行があります（破損）</translation>
    </message>
    <message>
        <source>%1:%2, sheet %3: the cell reference &quot;%4&quot; is not an address from A1 to XFD1048576 (damaged)</source>
        <translation>%1:%2、シート %3: セル参照 &quot;%4&quot; が A1～XFD1048576 の範囲のアドレスではありません（破損）</translation>
    </message>
    <message>
        <source>cell %1 comes after %2: cells out of order (damaged)</source>
        <translation>セル %1 が %2 の後にあります: セルの順序が正しくありません（破損）</translation>
    </message>
    <message>
        <source>the start of row %1</source>
        <translation>%1 行目の先頭</translation>
    </message>
    <message>
        <source>a cell after column XFD, the last a sheet has (damaged)</source>
        <translation>シートの最終列である XFD 列より後にセルがあります（破損）</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not %2 (damaged)</source>
        <translation>値 &quot;%1&quot; は%2ではありません（破損）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>cell style %1 does not exist; the workbook has %2 (damaged)</source>
        <translation>セルのスタイル %1 は存在しません。ブックのセルのスタイルは %2 個です（破損）</translation>
    </message>
    <message>
        <source>shared string %1 does not exist; the workbook has %2 (damaged)</source>
        <translation>共有文字列 %1 は存在しません。ブックの共有文字列は %2 個です（破損）</translation>
    </message>
    <message>
        <source>a boolean (0 or 1)</source>
        <translation>ブール値（0 または 1）</translation>
    </message>
    <message>
        <source>the cell type &quot;%1&quot; is not one of s, str, inlineStr, n, b, e or d (damaged)</source>
        <translation>セルの型 &quot;%1&quot; は s, str, inlineStr, n, b, e or d のいずれでもありません（破損）</translation>
    </message>
    <message>
        <source>more than %1 rows; a data book has at most %1</source>
        <translation>行数が %1 を超えています。データブックの行数は最大 %1 です</translation>
    </message>
    <message>
        <source>more than %1 rows in the workbook&apos;s sheets together; a data book has at most %1</source>
        <translation>ブックのシートの行数が合計で %1 を超えています。データブックの行数は最大 %1 です</translation>
    </message>
    <message>
        <source>more than %1 cells in the workbook (each row counted up to its last value); a data book has at most %1</source>
        <translation>ブックのセル数が %1 を超えています（各行は最後の値までを数えます）。データブックのセル数は最大 %1 です</translation>
    </message>
    <message>
        <source>%1:%2, sheet %3: the merged range &quot;%4&quot; is not a range within A1:XFD1048576 (damaged)</source>
        <translation>%1:%2、シート %3: 結合範囲 &quot;%4&quot; が A1:XFD1048576 内の範囲ではありません（破損）</translation>
    </message>
    <message>
        <source>%1:%2, sheet %3: more than %4 merged ranges in the workbook; a data book has at most %4</source>
        <translation>%1:%2、シート %3: ブックの結合範囲が %4 個を超えています。データブックの結合範囲は最大 %4 個です</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1 のサイズが %2 を超えています</translation>
    </message>
    <message>
        <source>an OLE2 compound file, not a zip archive: an Excel 97-2003 workbook (.xls) or a workbook protected with a password</source>
        <translation>zip アーカイブではなく OLE2 複合ファイルです: Excel 97-2003 ブック（.xls）か、パスワードで保護されたブックです</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>zip アーカイブではありません</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged: its end record (the central directory&apos;s end) is missing</source>
        <translation>zip アーカイブが途中で切れているか破損しています: 終端レコード（セントラルディレクトリの終端）がありません</translation>
    </message>
    <message>
        <source>the zip archive is split over several disks</source>
        <translation>zip アーカイブが複数のディスクに分割されています</translation>
    </message>
    <message>
        <source>the zip archive is damaged: its Zip64 end record is missing</source>
        <translation>zip アーカイブが破損しています: Zip64 終端レコードがありません</translation>
    </message>
    <message>
        <source>the zip archive is damaged: its Zip64 end record points beyond the file</source>
        <translation>zip アーカイブが破損しています: Zip64 終端レコードがファイルの範囲外を指しています</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged: its central directory (at byte %1, %2 bytes) lies beyond the data before its end record (%3 bytes)</source>
        <translation>zip アーカイブが途中で切れているか破損しています: セントラルディレクトリ（バイト位置 %1、%2 バイト）が終端レコードより前のデータ（%3 バイト）の範囲外にあります</translation>
    </message>
    <message>
        <source>the zip archive is damaged: a central directory record at byte %1 is broken</source>
        <translation>zip アーカイブが破損しています: バイト位置 %1 のセントラルディレクトリのレコードが壊れています</translation>
    </message>
    <message>
        <source>the zip archive is damaged: a central directory record at byte %1 runs past the directory</source>
        <translation>zip アーカイブが破損しています: バイト位置 %1 のセントラルディレクトリのレコードがディレクトリの終わりを越えています</translation>
    </message>
    <message>
        <source>the zip archive is damaged: the Zip64 sizes of %1 are missing</source>
        <translation>zip アーカイブが破損しています: %1 の Zip64 サイズ情報がありません</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged: %1 lies beyond the data</source>
        <translation>zip アーカイブが途中で切れているか破損しています: %1 がデータの範囲外にあります</translation>
    </message>
    <message>
        <source>the zip archive is damaged: its directory lists %1 entries, its end record says %2</source>
        <translation>zip アーカイブが破損しています: ディレクトリのエントリは %1 個ですが、終端レコードでは %2 個です</translation>
    </message>
    <message>
        <source>%1 is missing from the zip archive</source>
        <translation>zip アーカイブに %1 がありません</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 は暗号化されています</translation>
    </message>
    <message>
        <source>%1 is compressed with method %2; only stored (0) and deflated (8) entries can be read</source>
        <translation>%1 は圧縮方式 %2 で圧縮されています。読み込めるのは無圧縮（0）と Deflate（8）のエントリだけです</translation>
    </message>
    <message>
        <source>the zip archive is damaged: the local header of %1 is missing</source>
        <translation>zip アーカイブが破損しています: %1 のローカルヘッダーがありません</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged: the data of %1 lies beyond the file</source>
        <translation>zip アーカイブが途中で切れているか破損しています: %1 のデータがファイルの範囲外にあります</translation>
    </message>
</context>
<context>
    <name>ZipEntryDevice</name>
    <message>
        <source>cannot start inflating %1</source>
        <translation>%1 の展開を開始できません</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged: %1 cannot be inflated (unexpected end of data)</source>
        <translation>zip アーカイブが途中で切れているか破損しています: %1 を展開できません（予期しないデータの終わり）</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged: %1 cannot be inflated (%2)</source>
        <translation>zip アーカイブが途中で切れているか破損しています: %1 を展開できません（%2）</translation>
    </message>
    <message>
        <source>%1 expands to more than %2, the limit for one part</source>
        <translation>%1 は展開するとパーツ一つの上限 %2 を超えます</translation>
    </message>
    <message>
        <source>the zip archive expands to more than %1, the limit for a workbook</source>
        <translation>zip アーカイブは展開するとブックの上限 %1 を超えます</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times past its first %3: a zip bomb</source>
        <translation>%1 は最初の %3 を過ぎると %2 倍を超えて展開されます: zip 爆弾です</translation>
    </message>
    <message>
        <source>the zip archive is damaged: %1 expands to %2 bytes, its directory says %3</source>
        <translation>zip アーカイブが破損しています: %1 は展開すると %2 バイトですが、ディレクトリでは %3 バイトです</translation>
    </message>
    <message>
        <source>the zip archive is damaged: the CRC-32 of %1 does not match</source>
        <translation>zip アーカイブが破損しています: %1 の CRC-32 が一致しません</translation>
    </message>
</context>
</TS>
