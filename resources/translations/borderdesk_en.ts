<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="80"/>
        <source>BorderDesk cannot start</source>
        <translation>BorderDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="86"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="96"/>
        <source>Counter {terminal}  ·  {day}</source>
        <translation>Counter {terminal}  ·  {day}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="100"/>
        <source>Officer ID:</source>
        <translation>Officer ID:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="101"/>
        <source>e.g. BP0123</source>
        <translation>e.g. BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="103"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Your officer ID, recorded with every crossing</translation>
    </message>
</context>
<context>
    <name>CrossingForm</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="198"/>
        <source>Record a crossing on foot</source>
        <translation>Record a crossing on foot</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="202"/>
        <source>Expiry date (if printed)</source>
        <translation>Expiry date (if printed)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="211"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="214"/>
        <source>e.g. C1234567</source>
        <translation>e.g. C1234567</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="215"/>
        <source>e.g. 1985-03-02, or 1985</source>
        <translation>e.g. 1985-03-02, or 1985</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="216"/>
        <source>e.g. 2030-12-31</source>
        <translation>e.g. 2030-12-31</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="217"/>
        <location filename="../../borderdesk/ui/crossing_form.py" line="218"/>
        <source>As printed in the document</source>
        <translation>As printed in the document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="220"/>
        <source>Required when refusing: the reason for the refusal</source>
        <translation>Required when refusing: the reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="222"/>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="223"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="224"/>
        <source>Enter saves, Esc clears the form.</source>
        <translation>Enter saves, Esc clears the form.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="250"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="251"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="252"/>
        <source>Corrected record</source>
        <translation>Corrected record</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="253"/>
        <source>Border gate</source>
        <translation>Border gate</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="254"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="255"/>
        <source>Officer ID</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="256"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="257"/>
        <source>Means of travel</source>
        <translation>Means of travel</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="258"/>
        <source>Crossing time</source>
        <translation>Crossing time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="259"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="260"/>
        <location filename="../../borderdesk/ui/messages.py" line="270"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="261"/>
        <source>Pre-declaration number</source>
        <translation>Pre-declaration number</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="262"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="263"/>
        <source>Acknowledged warnings</source>
        <translation>Acknowledged warnings</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="264"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="265"/>
        <source>Licence plate</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="266"/>
        <source>Vehicle type</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="267"/>
        <source>Country of registration</source>
        <translation>Country of registration</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="268"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="269"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="271"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="272"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="273"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="274"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="275"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="276"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="277"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="278"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="279"/>
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="280"/>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="281"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="86"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="88"/>
        <source>I have checked this warning and the crossing may be saved.</source>
        <translation>I have checked this warning and the crossing may be saved.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="217"/>
        <source>Saved: {name} ({direction}). Record id: {id}</source>
        <translation>Saved: {name} ({direction}). Record id: {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="222"/>
        <source>Not saved: %n error(s) to correct.</source>
        <translation>
            <numerusform>Not saved: %n error to correct.</numerusform>
            <numerusform>Not saved: %n errors to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="224"/>
        <source>%n warning(s) to check.</source>
        <translation>
            <numerusform>%n warning to check.</numerusform>
            <numerusform>%n warnings to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="228"/>
        <source>Not saved: check the %n warning(s) below, tick Acknowledge, then save again.</source>
        <translation>
            <numerusform>Not saved: check the warning below, tick Acknowledge, then save again.</numerusform>
            <numerusform>Not saved: check the %n warnings below, tick Acknowledge, then save again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="235"/>
        <source>Warnings acknowledged: save again to record the crossing.</source>
        <translation>Warnings acknowledged: save again to record the crossing.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="239"/>
        <source>Fill in the document details and press Save. Errors and warnings are listed here.</source>
        <translation>Fill in the document details and press Save. Errors and warnings are listed here.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="256"/>
        <source>Check results</source>
        <translation>Check results</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="287"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="288"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="291"/>
        <location filename="../../borderdesk/ui/messages.py" line="296"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="292"/>
        <location filename="../../borderdesk/ui/messages.py" line="297"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="293"/>
        <source>Secondary control</source>
        <translation>Secondary control</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="298"/>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="301"/>
        <location filename="../../borderdesk/ui/messages.py" line="321"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="302"/>
        <source>ID card (CCCD)</source>
        <translation>ID card (CCCD)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="303"/>
        <source>Border pass Vietnam–China</source>
        <translation>Border pass Vietnam–China</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="306"/>
        <source>Border pass Vietnam–Laos</source>
        <translation>Border pass Vietnam–Laos</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="309"/>
        <source>Border pass Vietnam–Cambodia</source>
        <translation>Border pass Vietnam–Cambodia</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="312"/>
        <source>Seafarer&apos;s identity document</source>
        <translation>Seafarer&apos;s identity document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="315"/>
        <source>Crew member certificate</source>
        <translation>Crew member certificate</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="318"/>
        <source>Other travel document</source>
        <translation>Other travel document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="322"/>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="323"/>
        <source>Pass VN–CN</source>
        <translation>Pass VN–CN</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="324"/>
        <source>Pass VN–LA</source>
        <translation>Pass VN–LA</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="325"/>
        <source>Pass VN–KH</source>
        <translation>Pass VN–KH</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="326"/>
        <source>Seafarer ID</source>
        <translation>Seafarer ID</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="327"/>
        <source>Crew cert.</source>
        <translation>Crew cert.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="328"/>
        <source>Other doc.</source>
        <translation>Other doc.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="331"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="332"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="333"/>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="336"/>
        <source>Traveller on foot</source>
        <translation>Traveller on foot</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="337"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="338"/>
        <source>Passenger</source>
        <translation>Passenger</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="339"/>
        <source>Crew member</source>
        <translation>Crew member</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="342"/>
        <source>On foot</source>
        <translation>On foot</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="343"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="344"/>
        <source>Truck</source>
        <translation>Truck</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="345"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="346"/>
        <source>Motorbike</source>
        <translation>Motorbike</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="347"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="350"/>
        <source>Not queued</source>
        <translation>Not queued</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="351"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="354"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="355"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="352"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="353"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="357"/>
        <source>{name} border gate</source>
        <translation>{name} border gate</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="257"/>
        <source>BorderDesk — {gate}</source>
        <translation>BorderDesk — {gate}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="262"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="263"/>
        <source>&amp;New (clear the form)</source>
        <translation>&amp;New (clear the form)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="264"/>
        <source>&amp;Refresh today&apos;s list</source>
        <translation>&amp;Refresh today&apos;s list</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="265"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="267"/>
        <source>Language / Ngôn ngữ</source>
        <translation>Language / Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="269"/>
        <source>&amp;About BorderDesk</source>
        <translation>&amp;About BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="271"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/main_window.py" line="279"/>
        <source>Today: %n crossing(s)</source>
        <translation>
            <numerusform>Today: %n crossing</numerusform>
            <numerusform>Today: %n crossings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="334"/>
        <source>Saved crossing {id}</source>
        <translation>Saved crossing {id}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="343"/>
        <source>Not saved: see the check results.</source>
        <translation>Not saved: see the check results.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="354"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Your officer ID, recorded with every crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="362"/>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="368"/>
        <location filename="../../borderdesk/ui/main_window.py" line="417"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="409"/>
        <source>About BorderDesk</source>
        <translation>About BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="411"/>
        <source>BorderDesk — counter application of the electronic border-guard procedures.</source>
        <translation>BorderDesk — counter application of the electronic border-guard procedures.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="46"/>
        <source>Border gate code {gate} is not in the list of gates.</source>
        <translation>Border gate code {gate} is not in the list of gates.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="49"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: this field is required.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="50"/>
        <source>Time zone {timezone} is not valid.</source>
        <translation>Time zone {timezone} is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="53"/>
        <source>The crossing time ({time}) is in the future: check this computer&apos;s clock.</source>
        <translation>The crossing time ({time}) is in the future: check this computer&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="57"/>
        <source>{field}: too long (at most {max} characters).</source>
        <translation>{field}: too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="60"/>
        <source>A refusal needs a reason: write it in the notes.</source>
        <translation>A refusal needs a reason: write it in the notes.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="63"/>
        <source>Record version {version} is not valid.</source>
        <translation>Record version {version} is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="66"/>
        <source>A correction cannot replace itself.</source>
        <translation>A correction cannot replace itself.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="69"/>
        <source>Version {version} must name the record it corrects.</source>
        <translation>Version {version} must name the record it corrects.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="72"/>
        <source>The crossing has no person in it.</source>
        <translation>The crossing has no person in it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="75"/>
        <source>A crossing on foot cannot have a vehicle.</source>
        <translation>A crossing on foot cannot have a vehicle.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="78"/>
        <source>A crossing on foot records exactly one traveller ({count} given).</source>
        <translation>A crossing on foot records exactly one traveller ({count} given).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="81"/>
        <source>The role “{role}” is not allowed when travelling by “{mode}”.</source>
        <translation>The role “{role}” is not allowed when travelling by “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="84"/>
        <source>A vehicle needs exactly one driver ({count} given).</source>
        <translation>A vehicle needs exactly one driver ({count} given).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="87"/>
        <source>Travelling by “{mode}” needs the vehicle&apos;s details.</source>
        <translation>Travelling by “{mode}” needs the vehicle&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="90"/>
        <source>The vehicle type “{kind}” does not match the means of travel “{mode}”.</source>
        <translation>The vehicle type “{kind}” does not match the means of travel “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="94"/>
        <source>Licence plate {plate} is not valid.</source>
        <translation>Licence plate {plate} is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="97"/>
        <source>Licence plate {plate} does not look like a Vietnamese plate: check it.</source>
        <translation>Licence plate {plate} does not look like a Vietnamese plate: check it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="101"/>
        <source>{field}: country code {code} is not in the list of countries.</source>
        <translation>{field}: country code {code} is not in the list of countries.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="104"/>
        <source>{field}: {code} is the code of specimen documents, never of a real one.</source>
        <translation>{field}: {code} is the code of specimen documents, never of a real one.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="108"/>
        <source>Enter the surname or the given names.</source>
        <translation>Enter the surname or the given names.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="111"/>
        <source>{field}: a name cannot contain digits or the signs &lt; and |.</source>
        <translation>{field}: a name cannot contain digits or the signs &lt; and |.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="114"/>
        <source>The date of birth {date} is in the future.</source>
        <translation>The date of birth {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="117"/>
        <source>The date of birth {date} gives an implausible age: check it.</source>
        <translation>The date of birth {date} gives an implausible age: check it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="120"/>
        <source>The expiry date is before the date of birth.</source>
        <translation>The expiry date is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="123"/>
        <source>The document expired on {expiry}.</source>
        <translation>The document expired on {expiry}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="126"/>
        <source>A Vietnam–{partner} border pass is only for citizens of Vietnam and {partner} (nationality entered: {nationality}).</source>
        <translation>A Vietnam–{partner} border pass is only for citizens of Vietnam and {partner} (nationality entered: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="131"/>
        <source>A Vietnam–{partner} border pass is used at {gate}, which is not on the border with {partner}.</source>
        <translation>A Vietnam–{partner} border pass is used at {gate}, which is not on the border with {partner}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="136"/>
        <source>A seafarer&apos;s or crew document is used at {gate}, which is not a seaport.</source>
        <translation>A seafarer&apos;s or crew document is used at {gate}, which is not a seaport.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="140"/>
        <source>The document number is not valid: use only letters A–Z and digits ({number_length} characters entered).</source>
        <translation>The document number is not valid: use only letters A–Z and digits ({number_length} characters entered).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="145"/>
        <source>This does not look like a Vietnamese passport number (one or two letters and 7 digits): check it.</source>
        <translation>This does not look like a Vietnamese passport number (one or two letters and 7 digits): check it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="150"/>
        <source>An ID card (CCCD) is only issued to Vietnamese citizens (nationality entered: {nationality}).</source>
        <translation>An ID card (CCCD) is only issued to Vietnamese citizens (nationality entered: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="155"/>
        <source>An ID card (CCCD) number has exactly 12 digits.</source>
        <translation>An ID card (CCCD) number has exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="158"/>
        <source>The ID card number starts with {province}, which is not a province code.</source>
        <translation>The ID card number starts with {province}, which is not a province code.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="162"/>
        <source>The ID card number gives the birth year as ..{number_year}, but the date of birth entered is in {birth_year}.</source>
        <translation>The ID card number gives the birth year as ..{number_year}, but the date of birth entered is in {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="167"/>
        <source>The century digit of the ID card number does not match the birth year {birth_year}.</source>
        <translation>The century digit of the ID card number does not match the birth year {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="172"/>
        <source>The ID card number gives the sex as “{number_sex}”, but “{sex}” is selected.</source>
        <translation>The ID card number gives the sex as “{number_sex}”, but “{sex}” is selected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="177"/>
        <source>{field}: a group of values was expected.</source>
        <translation>{field}: a group of values was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="180"/>
        <source>{field}: unknown entry.</source>
        <translation>{field}: unknown entry.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="181"/>
        <source>{field}: text was expected.</source>
        <translation>{field}: text was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="182"/>
        <source>{field}: “{value}” is not allowed (allowed: {allowed}).</source>
        <translation>{field}: “{value}” is not allowed (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="185"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day, e.g. 2030-12-31.</source>
        <translation>{field}: “{value}” is not a valid date; write it as year-month-day, e.g. 2030-12-31.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="190"/>
        <source>{field}: “{value}” is not a valid record id.</source>
        <translation>{field}: “{value}” is not a valid record id.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="193"/>
        <source>{field}: a whole number was expected.</source>
        <translation>{field}: a whole number was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="196"/>
        <source>{field}: the time has no time zone.</source>
        <translation>{field}: the time has no time zone.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="199"/>
        <source>{field}: a list was expected.</source>
        <translation>{field}: a list was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="204"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day (1985-03-02), or 1985-03 or 1985 when the day or month is unknown.</source>
        <translation>{field}: “{value}” is not a valid date; write it as year-month-day (1985-03-02), or 1985-03 or 1985 when the day or month is unknown.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="214"/>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>The database reported an error. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="217"/>
        <source>The disk holding the database is full. Nothing was saved: free some space and try again.</source>
        <translation>The disk holding the database is full. Nothing was saved: free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="222"/>
        <source>The database is read-only. Nothing was saved: ask the technician to check the file permissions.</source>
        <translation>The database is read-only. Nothing was saved: ask the technician to check the file permissions.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="227"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="230"/>
        <source>The database file is damaged. Stop recording and call the technician.</source>
        <translation>The database file is damaged. Stop recording and call the technician.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="234"/>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="235"/>
        <source>A different record with the same id is already stored. Nothing was saved.</source>
        <translation>A different record with the same id is already stored. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="239"/>
        <source>The record to correct does not exist or has already been corrected.</source>
        <translation>The record to correct does not exist or has already been corrected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="245"/>
        <source>Unexpected problem (code {code}).</source>
        <translation>Unexpected problem (code {code}).</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="48"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="49"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="50"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="51"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="52"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="53"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="54"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="125"/>
        <source>No crossing matches the search.</source>
        <translation>No crossing matches the search.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="127"/>
        <source>No crossing recorded at this gate today.</source>
        <translation>No crossing recorded at this gate today.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="137"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="138"/>
        <source>Search name or document number…</source>
        <translation>Search name or document number…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="139"/>
        <source>Crossings shown / recorded today</source>
        <translation>Crossings shown / recorded today</translation>
    </message>
</context>
</TS>
