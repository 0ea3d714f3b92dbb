<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/treaty/clocks.py" line="+116"/>
        <source>received {start}; +%n business day(s) in {country} → {end}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>received {start}; +%n business day(s) in {country}, skipping {skipped} → {end}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>from {start}; +%n business day(s) in {country} → {end}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>from {start}; +%n business day(s) in {country}, skipping {skipped} → {end}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {holiday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (clamped to the end of the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{how} (desk policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>notice of termination given {notice}; +%n calendar month(s) (Art. {article}) → {end}{note}</source>
        <extracomment>The model agreement&apos;s clauses (Japan–US 1997), used where a catalogue states no other: termination three months after written notice (Art. 14.2), review after five years (Art. 14.3).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>in force {start}; +%n year(s) (Art. {article}) → {end}{note}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no due date set; termination of the agreement on {end} is the deadline (Art. {article})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {due}; capped by termination of the agreement on {end} (Art. {article})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due {due} (before termination of the agreement on {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due {due}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../app/treaty/completeness.py" line="+55"/>
        <source>the administration making the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nature of the proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the object and reason of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the names and addresses of the parties concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a brief description of the matter and the legal elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the administration giving the information</source>
        <extracomment>Directions that carry spontaneous information (Art. 3.1): no ask, so no Art. 7.2. What spontaneous information must carry (Art. 3.1, 4.3), in the same store fields as a request&apos;s elements (plus the title). ``letter`` names the element for the UI, not Art. 7.2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a subject saying what the information is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the information provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a description of the goods</source>
        <extracomment>Human names of the ``extra_fields`` a basis can call for (catalogue JSON ``bases[].extra_fields``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customs declaration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the identity of the person (name, date of birth, documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vessel, aircraft or vehicle identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the documents requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether computer-based form is acceptable (Art. 5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the designated officials concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the books, registers or data media to consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the information wanted as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the criminal proceedings concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{what} should be given if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least one legal basis (article of the agreement) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} ({basis}) without {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} is not a legal basis of {agreement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a legal basis is required: spontaneous information (3.1 or 4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} ({basis}) is a basis for requests; spontaneous information rests on 3.1 or 4.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the serious offence and the harm it could do (economy, public health, public security, another vital interest) should be described</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../app/treaty/clocks.py" line="-172"/>
        <source>JP</source>
        <extracomment>The languages a holiday&apos;s name is also given in (the window&apos;s languages). Countries named in explanations: the code in English (&quot;in JP&quot;), the name in the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/services/due.py" line="+383"/>
        <source>{first}; {then}</source>
        <extracomment>Statuses whose due clock runs, named (IN, not NOT IN): most stored requests are closed, and the status index then finds the few open ones without reading the rest. Every kind of clock, in the order of their officer&apos;s words (see ``_WHAT_RANK``). Sort keys, one per column of the list: Due, State, What, Record, How. A terminated agreement stays on the list this long after its termination date. The &quot;What&quot; column reads &quot;&lt;kind&apos;s words&gt;: &lt;label&gt;&quot;; these ranks sort the kinds as their English words do (Agreement terminating, Request due, Surveillance period ends, Surveillance review, Written confirmation), then the record&apos;s title. ORDER BY per column, as result columns of the union: then every page is one compound SELECT whose branches are merged in order (each branch sorted on its own, by an index where there is one) and LIMIT stops the merge early, instead of sorting every clock. The State column sorts as Due does: overdue, due soon and later are bands of the date itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} — written confirmation of an oral request (Art. 7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} — written confirmation of an oral request (Art. 7.1): {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>termination on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{agreement} terminates; open requests under it must be completed by then (Art. {article})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — surveillance of {subject} lapsed: lift it, or extend it with a new request (Art. 4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — surveillance of {subject} ends (Art. 4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the surveillance period set for {key}: {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the surveillance period set for {key}: {end} (period began {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — review surveillance of {subject} (Art. 4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review date set for {key}: {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../app/i18n.py" line="+147"/>
        <source>, </source>
        <extracomment>The separator of a list given as a parameter (a tuple): &quot;, &quot; in English, &quot;、&quot; in Japanese.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reciprocity</name>
    <message>
        <location filename="../../app/treaty/reciprocity.py" line="+45"/>
        <source>We could not comply with a similar request, so the request must draw attention to that fact (Art. 11.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requesting administration could not comply with a similar request; executing it is at our discretion (Art. 11.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reciprocity does not apply to spontaneous information (Art. 11.2 covers requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reciprocity limitation noted (Art. 11.2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../app/services/validation.py" line="+28"/>
        <source>is required</source>
        <extracomment>The most common refusal: a required field left empty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contains the control character U+{code}, which cannot be stored or printed; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains an invalid character (lone surrogate U+{code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a date and time (use YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a date and time, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/treaty/lifecycle.py" line="+125"/>
        <source>unknown direction {value} (one of {known})</source>
        <extracomment>Directions whose records are checked against the watch list (Art. 4.2): we received something. Statuses in which the request has been answered: the due-date clock stops (nothing is owed any more but closing the file), though the request stays open until closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown status {value} (one of {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{code} is not a ground in {agreement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} ({ground}) does not justify {target}; it allows {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>none (final status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot go from {current} to {target} ({direction}); allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a refusal needs at least one ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a postponement needs at least one ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refusal needs a statement of reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a postponement needs a statement of reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conditional assistance needs the conditions or requirements to be stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withholding needs the ground {ground}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leaving withheld needs the outcome of the consultation with the requesting administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
