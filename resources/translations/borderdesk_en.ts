<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="93"/>
        <source>BorderDesk cannot start</source>
        <translation>BorderDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/app.py" line="99"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="118"/>
        <source>Counter {terminal}  ·  {day}</source>
        <translation>Counter {terminal}  ·  {day}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="122"/>
        <source>Officer ID:</source>
        <translation>Officer ID:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="123"/>
        <source>e.g. BP0123</source>
        <translation>e.g. BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="125"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Your officer ID, recorded with every crossing</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="223"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="224"/>
        <source>Time (gate)</source>
        <translation>Time (gate)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="225"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="226"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="227"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="229"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="230"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="462"/>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="642"/>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="530"/>
        <source>#{seq} · {time} · {actor} at {terminal} · {action} ({code})
{entity} {entity_id}
{details}

hash {hash}
previous {prev}</source>
        <translation>#{seq} · {time} · {actor} at {terminal} · {action} ({code})
{entity} {entity_id}
{details}

hash {hash}
previous {prev}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="541"/>
        <source>Searching the log… {shown} entries found so far (down to entry #{seq}).</source>
        <translation>Searching the log… {shown} entries found so far (down to entry #{seq}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="545"/>
        <source>{shown} entries: the whole log was searched.</source>
        <translation>{shown} entries: the whole log was searched.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="548"/>
        <source>{shown} entries shown; scroll down for older ones.</source>
        <translation>{shown} entries shown; scroll down for older ones.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="551"/>
        <source>(filtered)</source>
        <translation>(filtered)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="572"/>
        <source>Checking the hash chain…</source>
        <translation>Checking the hash chain…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="628"/>
        <source>&amp;Days from</source>
        <translation>&amp;Days from</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="629"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="630"/>
        <source>Offi&amp;cer:</source>
        <translation>Offi&amp;cer:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="631"/>
        <source>e.g. BP0123</source>
        <translation>e.g. BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="632"/>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="633"/>
        <source>&amp;Subject or details:</source>
        <translation>&amp;Subject or details:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="634"/>
        <source>id, file name, reason…</source>
        <translation>id, file name, reason…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="635"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="636"/>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="637"/>
        <source>&amp;Verify the hash chain</source>
        <translation>&amp;Verify the hash chain</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/audit_view.py" line="639"/>
        <source>Recompute every entry&apos;s hash and link: an entry changed or deleted outside the application is found</source>
        <translation>Recompute every entry&apos;s hash and link: an entry changed or deleted outside the application is found</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="843"/>
        <source>Scan with the camera</source>
        <translation>Scan with the camera</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="844"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="845"/>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="847"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="847"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="850"/>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="853"/>
        <source>No camera found on this computer.

Connect a USB camera and open this window again, or use a QR scanner or Scan ▸ From image file.</source>
        <translation>No camera found on this computer.

Connect a USB camera and open this window again, or use a QR scanner or Scan ▸ From image file.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="865"/>
        <source>Last read: {text}</source>
        <translation>Last read: {text}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="870"/>
        <source>Hold the QR code or the passport&apos;s data page inside the square, about 20 cm from the camera.</source>
        <translation>Hold the QR code or the passport&apos;s data page inside the square, about 20 cm from the camera.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="875"/>
        <source>The camera is off. Press Start.</source>
        <translation>The camera is off. Press Start.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="879"/>
        <source>The camera is not connected any more.</source>
        <translation>The camera is not connected any more.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="882"/>
        <source>The QR decoder is not installed on this computer: camera scanning is not possible. Call the technician.</source>
        <translation>The QR decoder is not installed on this computer: camera scanning is not possible. Call the technician.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/camera.py" line="886"/>
        <source>The camera reported an error. Check its cable, close other programs using it, and press Start again.</source>
        <translation>The camera reported an error. Check its cable, close other programs using it, and press Start again.</translation>
    </message>
</context>
<context>
    <name>CancelReasonDialog</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="194"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="199"/>
        <source>Cancel the crossing</source>
        <translation>Cancel the crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="195"/>
        <source>&amp;Reason for the cancellation (required):</source>
        <translation>&amp;Reason for the cancellation (required):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="197"/>
        <source>e.g. recorded twice by mistake; wrong person selected</source>
        <translation>e.g. recorded twice by mistake; wrong person selected</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="200"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="162"/>
        <source>Record without it</source>
        <translation>Record without it</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="164"/>
        <source>Detach this pre-declaration from the crossing</source>
        <translation>Detach this pre-declaration from the crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="165"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="165"/>
        <source>On the document</source>
        <translation>On the document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="165"/>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="178"/>
        <source>Pre-declaration {ref}</source>
        <translation>Pre-declaration {ref}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/comparison.py" line="180"/>
        <source>{declarant} · {direction} · {date} · %n person(s)</source>
        <translation>
            <numerusform>{declarant} · {direction} · {date} · %n person</numerusform>
            <numerusform>{declarant} · {direction} · {date} · %n persons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="189"/>
        <source>Scan the traveller&apos;s document to compare it with the declaration.</source>
        <translation>Scan the traveller&apos;s document to compare it with the declaration.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/comparison.py" line="194"/>
        <source>%n field(s) differ from the declaration: check them before deciding.</source>
        <translation>
            <numerusform>%n field differ from the declaration: check them before deciding.</numerusform>
            <numerusform>%n fields differ from the declaration: check them before deciding.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/comparison.py" line="199"/>
        <source>The document matches the declaration (person {n} of {total}).</source>
        <translation>The document matches the declaration (person {n} of {total}).</translation>
    </message>
</context>
<context>
    <name>CounterFlow</name>
    <message>
        <location filename="../../borderdesk/ui/counter.py" line="222"/>
        <source>Declared: {value}</source>
        <translation>Declared: {value}</translation>
    </message>
</context>
<context>
    <name>CrossingDetail</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="54"/>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="55"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="56"/>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
</context>
<context>
    <name>CrossingDetailDialog</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="313"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="315"/>
        <source>Replaced by a correction</source>
        <translation>Replaced by a correction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="330"/>
        <source>counter {terminal}</source>
        <translation>counter {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="349"/>
        <source>Cancelled on {time} by {officer}.
Reason: {reason}</source>
        <translation>Cancelled on {time} by {officer}.
Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="371"/>
        <source>The portal did not accept it ({state}): {code} — {reason}. A supervisor must review it.</source>
        <translation>The portal did not accept it ({state}): {code} — {reason}. A supervisor must review it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="386"/>
        <source>Crossing</source>
        <translation>Crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="389"/>
        <source>{version} (corrects record {id})</source>
        <translation>{version} (corrects record {id})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="398"/>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="403"/>
        <source>Time (gate clock)</source>
        <translation>Time (gate clock)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="415"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="416"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="418"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="419"/>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="439"/>
        <source>Sync with the portal</source>
        <translation>Sync with the portal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="440"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="447"/>
        <source>({time})</source>
        <translation>({time})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="454"/>
        <source>Portal&apos;s answer: {code} — {reason}</source>
        <translation>Portal&apos;s answer: {code} — {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="461"/>
        <source>Last attempt failed: {error}</source>
        <translation>Last attempt failed: {error}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="506"/>
        <source>{number}. {role} — {decision}</source>
        <translation>{number}. {role} — {decision}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="556"/>
        <source>Crossing details</source>
        <translation>Crossing details</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="557"/>
        <source>&amp;Receipt</source>
        <translation>&amp;Receipt</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="558"/>
        <source>&amp;Amend</source>
        <translation>&amp;Amend</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="559"/>
        <source>Ca&amp;ncel crossing</source>
        <translation>Ca&amp;ncel crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="560"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="563"/>
        <source>This crossing was cancelled.</source>
        <translation>This crossing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="565"/>
        <source>This version was replaced by a correction: open that one.</source>
        <translation>This version was replaced by a correction: open that one.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="566"/>
        <source>Show and print the receipt</source>
        <translation>Show and print the receipt</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="568"/>
        <source>Cancel the crossing (a reason is required)</source>
        <translation>Cancel the crossing (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="571"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>This crossing cannot be corrected at this counter.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="573"/>
        <source>Load the crossing into the form to correct it</source>
        <translation>Load the crossing into the form to correct it</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="605"/>
        <source>Cancel the crossing of {name} at {time}?</source>
        <translation>Cancel the crossing of {name} at {time}?</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="626"/>
        <source>Enter your officer ID first: it is recorded with the cancellation.</source>
        <translation>Enter your officer ID first: it is recorded with the cancellation.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="629"/>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="645"/>
        <source>Write the reason for the cancellation.</source>
        <translation>Write the reason for the cancellation.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_detail.py" line="640"/>
        <source>This crossing cannot be cancelled: it was already cancelled or corrected.</source>
        <translation>This crossing cannot be cancelled: it was already cancelled or corrected.</translation>
    </message>
</context>
<context>
    <name>CrossingForm</name>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="695"/>
        <source>Record a crossing on foot</source>
        <translation>Record a crossing on foot</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="624"/>
        <source>Expiry date (if printed)</source>
        <extracomment>How many persons the list shows without scrolling (the column fits 1366×768). Item data of a role cell: the role&apos;s value (``driver``...).</extracomment>
        <translation>Expiry date (if printed)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="635"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="638"/>
        <source>e.g. C1234567</source>
        <translation>e.g. C1234567</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="639"/>
        <source>e.g. 1985-03-02, or 1985</source>
        <translation>e.g. 1985-03-02, or 1985</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="640"/>
        <source>e.g. 2030-12-31</source>
        <translation>e.g. 2030-12-31</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="641"/>
        <location filename="../../borderdesk/ui/crossing_form.py" line="642"/>
        <source>As printed in the document</source>
        <translation>As printed in the document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="644"/>
        <source>Required when refusing: the reason for the refusal</source>
        <translation>Required when refusing: the reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="648"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="649"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="651"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="655"/>
        <source>Means of travel: on foot, or the vehicle or vessel the persons cross in</source>
        <translation>Means of travel: on foot, or the vehicle or vessel the persons cross in</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="658"/>
        <source>Enter: take the selected person back into the fields to correct them. Delete: remove them from the list. F2: change their role.</source>
        <translation>Enter: take the selected person back into the fields to correct them. Delete: remove them from the list. F2: change their role.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="661"/>
        <source>Edit (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="663"/>
        <source>Take the selected person back into the fields to correct them</source>
        <translation>Take the selected person back into the fields to correct them</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="665"/>
        <source>Remove (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="667"/>
        <source>Remove the selected person from the list</source>
        <translation>Remove the selected person from the list</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="669"/>
        <source>Add this person (F8)</source>
        <translation>Add this person (F8)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="670"/>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="671"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="672"/>
        <source>Enter saves, Esc clears the form.</source>
        <translation>Enter saves, Esc clears the form.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="673"/>
        <source>Abandon the correction (Esc)</source>
        <translation>Abandon the correction (Esc)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="697"/>
        <source>Record a vessel crossing</source>
        <translation>Record a vessel crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="699"/>
        <source>Record a vehicle crossing</source>
        <translation>Record a vehicle crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="701"/>
        <source>IMO number or ship name</source>
        <translation>IMO number or ship name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="702"/>
        <source>Flag state</source>
        <translation>Flag state</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="703"/>
        <source>e.g. IMO 9234567</source>
        <translation>e.g. IMO 9234567</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="707"/>
        <source>e.g. 14A-123.45</source>
        <translation>e.g. 14A-123.45</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="709"/>
        <source>Read each person&apos;s document into the fields below, then press F8 to add them here.</source>
        <translation>Read each person&apos;s document into the fields below, then press F8 to add them here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/crossing_form.py" line="718"/>
        <source>Crew and passengers (%n)</source>
        <translation>
            <numerusform>Crew and passengers (%n)</numerusform>
            <numerusform>Crew and passengers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/crossing_form.py" line="720"/>
        <source>Persons on board (%n)</source>
        <translation>
            <numerusform>Person on board (%n)</numerusform>
            <numerusform>Persons on board (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="725"/>
        <source>Add the person in the fields to the list as {role}, and empty the fields for the next document (F8)</source>
        <translation>Add the person in the fields to the list as {role}, and empty the fields for the next document (F8)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1048"/>
        <source>On the watchlist: {categories}</source>
        <translation>On the watchlist: {categories}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1051"/>
        <source>Decision for this person: {decision}</source>
        <translation>Decision for this person: {decision}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1054"/>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1056"/>
        <source>To correct</source>
        <translation>To correct</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1058"/>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1060"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1189"/>
        <source>Correcting the record of {name} at {time} (version {version}). Saving records the corrected version.</source>
        <translation>Correcting the record of {name} at {time} (version {version}). Saving records the corrected version.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1231"/>
        <source>Pre-declaration {ref} ✓</source>
        <translation>Pre-declaration {ref} ✓</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/crossing_form.py" line="1235"/>
        <source>Pre-declaration {ref} (not verified)</source>
        <translation>Pre-declaration {ref} (not verified)</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="264"/>
        <source>Choose the folder to write the files into.</source>
        <translation>Choose the folder to write the files into.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="272"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="315"/>
        <source>Exported {rows} row(s) into {count} file(s), each with its signed manifest, in {folder}.</source>
        <translation>Exported {rows} row(s) into {count} file(s), each with its signed manifest, in {folder}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="354"/>
        <source>{file}: {rows} row(s), {gate} {start}–{end}, made at {terminal}</source>
        <translation>{file}: {rows} row(s), {gate} {start}–{end}, made at {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="379"/>
        <source>Folder for the exported files</source>
        <translation>Folder for the exported files</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="383"/>
        <source>Exported file to verify</source>
        <translation>Exported file to verify</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="384"/>
        <source>Exported logs (*.csv *.xlsx *.pdf *.manifest.json);;All files (*)</source>
        <translation>Exported logs (*.csv *.xlsx *.pdf *.manifest.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="398"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="400"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="402"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="404"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="405"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="424"/>
        <source>Export the daily log</source>
        <translation>Export the daily log</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="425"/>
        <source>&amp;Days from:</source>
        <translation>&amp;Days from:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="426"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="427"/>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="428"/>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="429"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="430"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="431"/>
        <source>Written files and their manifests</source>
        <translation>Written files and their manifests</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="432"/>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Verify a file…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/export_panel.py" line="434"/>
        <source>Check an exported file against its signed manifest</source>
        <translation>Check an exported file against its signed manifest</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="301"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="302"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="303"/>
        <source>Corrected record</source>
        <translation>Corrected record</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="304"/>
        <source>Border gate</source>
        <translation>Border gate</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="305"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="306"/>
        <source>Officer ID</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="307"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="308"/>
        <source>Means of travel</source>
        <translation>Means of travel</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="309"/>
        <source>Crossing time</source>
        <translation>Crossing time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="310"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="311"/>
        <location filename="../../borderdesk/ui/messages.py" line="321"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="312"/>
        <source>Pre-declaration number</source>
        <translation>Pre-declaration number</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="313"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="314"/>
        <source>Acknowledged warnings</source>
        <translation>Acknowledged warnings</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="315"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="316"/>
        <source>Licence plate</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="317"/>
        <source>Vehicle type</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="318"/>
        <source>Country of registration</source>
        <translation>Country of registration</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="319"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="320"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="322"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="323"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="324"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="325"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="326"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="327"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="328"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="329"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="330"/>
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="331"/>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="332"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/file_scan.py" line="95"/>
        <source>Scan a QR code from an image</source>
        <translation>Scan a QR code from an image</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/file_scan.py" line="97"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
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
        <location filename="../../borderdesk/ui/findings_panel.py" line="246"/>
        <source>Saved: {name} ({direction}). Record id: {id}</source>
        <translation>Saved: {name} ({direction}). Record id: {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="251"/>
        <source>Not saved: %n error(s) to correct.</source>
        <translation>
            <numerusform>Not saved: %n error to correct.</numerusform>
            <numerusform>Not saved: %n errors to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="253"/>
        <source>%n warning(s) to check.</source>
        <translation>
            <numerusform>%n warning to check.</numerusform>
            <numerusform>%n warnings to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/findings_panel.py" line="257"/>
        <source>Not saved: check the %n warning(s) below, tick Acknowledge, then save again.</source>
        <translation>
            <numerusform>Not saved: check the warning below, tick Acknowledge, then save again.</numerusform>
            <numerusform>Not saved: check the %n warnings below, tick Acknowledge, then save again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="264"/>
        <source>Warnings acknowledged: save again to record the crossing.</source>
        <translation>Warnings acknowledged: save again to record the crossing.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="268"/>
        <source>Fill in the document details and press Save. Errors and warnings are listed here.</source>
        <translation>Fill in the document details and press Save. Errors and warnings are listed here.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="285"/>
        <source>Check results</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/findings_panel.py" line="287"/>
        <source>Receipt: F6 to print.</source>
        <translation>Receipt: F6 to print.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="338"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="339"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="342"/>
        <location filename="../../borderdesk/ui/messages.py" line="347"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="343"/>
        <location filename="../../borderdesk/ui/messages.py" line="348"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="344"/>
        <source>Secondary control</source>
        <translation>Secondary control</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="349"/>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="352"/>
        <location filename="../../borderdesk/ui/messages.py" line="372"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="353"/>
        <source>ID card (CCCD)</source>
        <translation>ID card (CCCD)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="354"/>
        <source>Border pass Vietnam–China</source>
        <translation>Border pass Vietnam–China</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="357"/>
        <source>Border pass Vietnam–Laos</source>
        <translation>Border pass Vietnam–Laos</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="360"/>
        <source>Border pass Vietnam–Cambodia</source>
        <translation>Border pass Vietnam–Cambodia</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="363"/>
        <source>Seafarer&apos;s identity document</source>
        <translation>Seafarer&apos;s identity document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="366"/>
        <source>Crew member certificate</source>
        <translation>Crew member certificate</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="369"/>
        <source>Other travel document</source>
        <translation>Other travel document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="373"/>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="374"/>
        <source>Pass VN–CN</source>
        <translation>Pass VN–CN</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="375"/>
        <source>Pass VN–LA</source>
        <translation>Pass VN–LA</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="376"/>
        <source>Pass VN–KH</source>
        <translation>Pass VN–KH</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="377"/>
        <source>Seafarer ID</source>
        <translation>Seafarer ID</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="378"/>
        <source>Crew cert.</source>
        <translation>Crew cert.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="379"/>
        <source>Other doc.</source>
        <translation>Other doc.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="382"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="383"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="384"/>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="387"/>
        <source>Traveller on foot</source>
        <translation>Traveller on foot</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="388"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="389"/>
        <source>Passenger</source>
        <translation>Passenger</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="390"/>
        <source>Crew member</source>
        <translation>Crew member</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="393"/>
        <source>On foot</source>
        <translation>On foot</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="394"/>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="395"/>
        <source>Truck</source>
        <translation>Truck</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="396"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="397"/>
        <source>Motorbike</source>
        <translation>Motorbike</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="398"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="401"/>
        <source>Not queued</source>
        <translation>Not queued</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="402"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="405"/>
        <source>Sent, awaiting confirmation</source>
        <translation>Sent, unconfirmed</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="406"/>
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="408"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="407"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="403"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="410"/>
        <source>{name} border gate</source>
        <translation>{name} border gate</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="370"/>
        <source>BorderDesk — {gate}</source>
        <translation>BorderDesk — {gate}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="374"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="375"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="376"/>
        <source>&amp;New (clear the form)</source>
        <translation>&amp;New (clear the form)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="377"/>
        <source>&amp;Refresh today&apos;s list</source>
        <translation>&amp;Refresh today&apos;s list</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="378"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="379"/>
        <source>&amp;Lock the counter</source>
        <translation>&amp;Lock the counter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="380"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="381"/>
        <source>Expected pre-declarations</source>
        <translation>Expected pre-declarations</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="382"/>
        <source>Recorded today</source>
        <translation>Recorded today</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="383"/>
        <source>Expected (F3)</source>
        <translation>Expected (F3)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="385"/>
        <source>Language / Ngôn ngữ</source>
        <translation>Language / Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="386"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="387"/>
        <source>&amp;About BorderDesk</source>
        <translation>&amp;About BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="389"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/main_window.py" line="397"/>
        <source>Today: %n crossing(s)</source>
        <translation>
            <numerusform>Today: %n crossing</numerusform>
            <numerusform>Today: %n crossings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="429"/>
        <source>Pre-declaration {ref} attached: scan the traveller&apos;s document.</source>
        <translation>Pre-declaration {ref} attached: scan the traveller&apos;s document.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="606"/>
        <source>Saved crossing {id}</source>
        <translation>Saved crossing {id}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="645"/>
        <source>Not saved: see the check results.</source>
        <translation>Not saved: see the check results.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="656"/>
        <source>Your officer ID, recorded with every crossing</source>
        <translation>Your officer ID, recorded with every crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="669"/>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="675"/>
        <location filename="../../borderdesk/ui/main_window.py" line="726"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="718"/>
        <source>About BorderDesk</source>
        <translation>About BorderDesk</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/main_window.py" line="720"/>
        <source>BorderDesk — counter application of the electronic border-guard procedures.</source>
        <translation>BorderDesk — counter application of the electronic border-guard procedures.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="46"/>
        <source>The document is on the watchlist ({categories}): it can only be recorded as referred to secondary control.</source>
        <translation>The document is on the watchlist ({categories}): it can only be recorded as referred to secondary control.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="51"/>
        <source>This document&apos;s last crossing was also an exit ({previous_time} at {previous_gate}); no entry was recorded in between.</source>
        <translation>This document&apos;s last crossing was also an exit ({previous_time} at {previous_gate}); no entry was recorded in between.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="56"/>
        <source>This document&apos;s last crossing was also an entry ({previous_time} at {previous_gate}); no exit was recorded in between.</source>
        <translation>This document&apos;s last crossing was also an entry ({previous_time} at {previous_gate}); no exit was recorded in between.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="62"/>
        <source>A border pass is valid for at most {max_months} months, but this one expires on {expiry}.</source>
        <translation>A border pass is valid for at most {max_months} months, but this one expires on {expiry}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="67"/>
        <source>Border gate code {gate} is not in the list of gates.</source>
        <translation>Border gate code {gate} is not in the list of gates.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="70"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: this field is required.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="71"/>
        <source>Time zone {timezone} is not valid.</source>
        <translation>Time zone {timezone} is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="74"/>
        <source>The crossing time ({time}) is in the future: check this computer&apos;s clock.</source>
        <translation>The crossing time ({time}) is in the future: check this computer&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="78"/>
        <source>{field}: too long (at most {max} characters).</source>
        <translation>{field}: too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="81"/>
        <source>A refusal needs a reason: write it in the notes.</source>
        <translation>A refusal needs a reason: write it in the notes.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="84"/>
        <source>Record version {version} is not valid.</source>
        <translation>Record version {version} is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="87"/>
        <source>A correction cannot replace itself.</source>
        <translation>A correction cannot replace itself.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="90"/>
        <source>Version {version} must name the record it corrects.</source>
        <translation>Version {version} must name the record it corrects.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="93"/>
        <source>The crossing has no person in it.</source>
        <translation>The crossing has no person in it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="96"/>
        <source>A crossing on foot cannot have a vehicle.</source>
        <translation>A crossing on foot cannot have a vehicle.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="99"/>
        <source>A crossing on foot records exactly one traveller ({count} given).</source>
        <translation>A crossing on foot records exactly one traveller ({count} given).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="102"/>
        <source>The role “{role}” is not allowed when travelling by “{mode}”.</source>
        <translation>The role “{role}” is not allowed when travelling by “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="105"/>
        <source>A vehicle needs exactly one driver ({count} given).</source>
        <translation>A vehicle needs exactly one driver ({count} given).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="108"/>
        <source>Travelling by “{mode}” needs the vehicle&apos;s details.</source>
        <translation>Travelling by “{mode}” needs the vehicle&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="111"/>
        <source>The vehicle type “{kind}” does not match the means of travel “{mode}”.</source>
        <translation>The vehicle type “{kind}” does not match the means of travel “{mode}”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="115"/>
        <source>Licence plate {plate} is not valid.</source>
        <translation>Licence plate {plate} is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="118"/>
        <source>Licence plate {plate} does not look like a Vietnamese plate: check it.</source>
        <translation>Licence plate {plate} does not look like a Vietnamese plate: check it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="122"/>
        <source>{field}: country code {code} is not in the list of countries.</source>
        <translation>{field}: country code {code} is not in the list of countries.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="125"/>
        <source>{field}: {code} is the code of specimen documents, never of a real one.</source>
        <translation>{field}: {code} is the code of specimen documents, never of a real one.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="129"/>
        <source>Enter the surname or the given names.</source>
        <translation>Enter the surname or the given names.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="132"/>
        <source>{field}: a name cannot contain digits or the signs &lt; and |.</source>
        <translation>{field}: a name cannot contain digits or the signs &lt; and |.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="135"/>
        <source>The date of birth {date} is in the future.</source>
        <translation>The date of birth {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="138"/>
        <source>The date of birth {date} gives an implausible age: check it.</source>
        <translation>The date of birth {date} gives an implausible age: check it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="141"/>
        <source>The expiry date is before the date of birth.</source>
        <translation>The expiry date is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="144"/>
        <source>The document expired on {expiry}.</source>
        <translation>The document expired on {expiry}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="147"/>
        <source>A Vietnam–{partner} border pass is only for citizens of Vietnam and {partner} (nationality entered: {nationality}).</source>
        <translation>A Vietnam–{partner} border pass is only for citizens of Vietnam and {partner} (nationality entered: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="152"/>
        <source>A Vietnam–{partner} border pass is used at {gate}, which is not on the border with {partner}.</source>
        <translation>A Vietnam–{partner} border pass is used at {gate}, which is not on the border with {partner}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="157"/>
        <source>A seafarer&apos;s or crew document is used at {gate}, which is not a seaport.</source>
        <translation>A seafarer&apos;s or crew document is used at {gate}, which is not a seaport.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="161"/>
        <source>The document number is not valid: use only letters A–Z and digits ({number_length} characters entered).</source>
        <translation>The document number is not valid: use only letters A–Z and digits ({number_length} characters entered).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="166"/>
        <source>This does not look like a Vietnamese passport number (one or two letters and 7 digits): check it.</source>
        <translation>This does not look like a Vietnamese passport number (one or two letters and 7 digits): check it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="171"/>
        <source>An ID card (CCCD) is only issued to Vietnamese citizens (nationality entered: {nationality}).</source>
        <translation>An ID card (CCCD) is only issued to Vietnamese citizens (nationality entered: {nationality}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="176"/>
        <source>An ID card (CCCD) number has exactly 12 digits.</source>
        <translation>An ID card (CCCD) number has exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="179"/>
        <source>The ID card number starts with {province}, which is not a province code.</source>
        <translation>The ID card number starts with {province}, which is not a province code.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="183"/>
        <source>The ID card number gives the birth year as ..{number_year}, but the date of birth entered is in {birth_year}.</source>
        <translation>The ID card number gives the birth year as ..{number_year}, but the date of birth entered is in {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="188"/>
        <source>The century digit of the ID card number does not match the birth year {birth_year}.</source>
        <translation>The century digit of the ID card number does not match the birth year {birth_year}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="193"/>
        <source>The ID card number gives the sex as “{number_sex}”, but “{sex}” is selected.</source>
        <translation>The ID card number gives the sex as “{number_sex}”, but “{sex}” is selected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="198"/>
        <source>The ID card&apos;s issue date is before the date of birth.</source>
        <translation>The ID card&apos;s issue date is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="201"/>
        <source>The ID card&apos;s issue date {date} is in the future.</source>
        <translation>The ID card&apos;s issue date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="204"/>
        <source>The old ID number in the QR code has 12 digits (an old ID has 9).</source>
        <translation>The old ID number in the QR code has 12 digits (an old ID has 9).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="209"/>
        <source>{field}: a group of values was expected.</source>
        <translation>{field}: a group of values was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="212"/>
        <source>{field}: unknown entry.</source>
        <translation>{field}: unknown entry.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="213"/>
        <source>{field}: text was expected.</source>
        <translation>{field}: text was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="214"/>
        <source>{field}: “{value}” is not allowed (allowed: {allowed}).</source>
        <translation>{field}: “{value}” is not allowed (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="217"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day, e.g. 2030-12-31.</source>
        <translation>{field}: “{value}” is not a valid date; write it as year-month-day, e.g. 2030-12-31.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="222"/>
        <source>{field}: “{value}” is not a valid record id.</source>
        <translation>{field}: “{value}” is not a valid record id.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="225"/>
        <source>{field}: a whole number was expected.</source>
        <translation>{field}: a whole number was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="228"/>
        <source>{field}: the time has no time zone.</source>
        <translation>{field}: the time has no time zone.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="231"/>
        <source>{field}: a list was expected.</source>
        <translation>{field}: a list was expected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="236"/>
        <source>{field}: “{value}” is not a valid date; write it as year-month-day (1985-03-02), or 1985-03 or 1985 when the day or month is unknown.</source>
        <translation>{field}: “{value}” is not a valid date; write it as year-month-day (1985-03-02), or 1985-03 or 1985 when the day or month is unknown.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="246"/>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>The database reported an error. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="249"/>
        <source>The disk holding the database is full. Nothing was saved: free some space and try again.</source>
        <translation>The disk holding the database is full. Nothing was saved: free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="254"/>
        <source>The database is read-only. Nothing was saved: ask the technician to check the file permissions.</source>
        <translation>The database is read-only. Nothing was saved: ask the technician to check the file permissions.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="259"/>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="262"/>
        <source>The database file is damaged. Stop recording and call the technician.</source>
        <translation>The database file is damaged. Stop recording and call the technician.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="266"/>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="267"/>
        <source>A different record with the same id is already stored. Nothing was saved.</source>
        <translation>A different record with the same id is already stored. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="271"/>
        <source>The record to correct does not exist or has already been corrected.</source>
        <translation>The record to correct does not exist or has already been corrected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="275"/>
        <source>An officer with this ID already exists.</source>
        <translation>An officer with this ID already exists.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="278"/>
        <source>The export could not be written; no file of it was left behind. Check the output folder and try again.</source>
        <translation>The export could not be written; no file of it was left behind. Check the output folder and try again.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="285"/>
        <source>Unexpected problem (code {code}).</source>
        <translation>Unexpected problem (code {code}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="288"/>
        <source>Not permitted: your role does not allow this. Ask a supervisor.</source>
        <translation>Not permitted: your role does not allow this. Ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/messages.py" line="291"/>
        <source>Not permitted: this officer account is disabled or unknown. Ask an administrator.</source>
        <translation>Not permitted: this officer account is disabled or unknown. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="132"/>
        <source>Register an officer</source>
        <translation>Register an officer</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="133"/>
        <source>Reset the PIN</source>
        <translation>Reset the PIN</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="134"/>
        <source>Officer &amp;ID:</source>
        <translation>Officer &amp;ID:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="134"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="135"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="135"/>
        <source>New &amp;PIN:</source>
        <translation>New &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="136"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="139"/>
        <source>e.g. BP0123</source>
        <translation>e.g. BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="140"/>
        <source>at least 6 characters</source>
        <translation>at least 6 characters</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="142"/>
        <source>{id} · {name}</source>
        <translation>{id} · {name}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="146"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="146"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="147"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>OfficersPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="307"/>
        <source>Re-&amp;enable</source>
        <translation>Re-&amp;enable</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="308"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="353"/>
        <source>Officer {id} registered.</source>
        <translation>Officer {id} registered.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="375"/>
        <source>{id} is now {role}.</source>
        <translation>{id} is now {role}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="385"/>
        <source>{id} can sign in again.</source>
        <translation>{id} can sign in again.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="389"/>
        <source>{id} can no longer sign in.</source>
        <translation>{id} can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="409"/>
        <source>New PIN saved for {id}; tell it to them in person.</source>
        <translation>New PIN saved for {id}; tell it to them in person.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="421"/>
        <source>{id}&apos;s lockout was lifted.</source>
        <translation>{id}&apos;s lockout was lifted.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="422"/>
        <source>{id} was not locked out.</source>
        <translation>{id} was not locked out.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="435"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="435"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="444"/>
        <source>Officer ID</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="446"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="447"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="449"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="460"/>
        <source>Officers of this terminal</source>
        <translation>Officers of this terminal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="461"/>
        <source>&amp;Register an officer…</source>
        <translation>&amp;Register an officer…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="462"/>
        <source>Change the r&amp;ole…</source>
        <translation>Change the r&amp;ole…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="463"/>
        <source>Reset the &amp;PIN…</source>
        <translation>Reset the &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="464"/>
        <source>Lift the &amp;lockout</source>
        <translation>Lift the &amp;lockout</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="237"/>
        <source>{crossings} crossing(s) in force · {persons} person(s) · {cancelled} cancelled · {corrected} corrected</source>
        <translation>{crossings} crossing(s) in force · {persons} person(s) · {cancelled} cancelled · {corrected} corrected</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="266"/>
        <source>No crossing was referred or flagged on this day.</source>
        <translation>No crossing was referred or flagged on this day.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="280"/>
        <source>Watch list ({categories})</source>
        <translation>Watch list ({categories})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="283"/>
        <source>Referred to secondary control</source>
        <translation>Referred to secondary control</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="285"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="293"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="295"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="297"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="298"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="303"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="305"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="306"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="327"/>
        <source>Gate &amp;day:</source>
        <translation>Gate &amp;day:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="329"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="330"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="331"/>
        <source>Read the day again (F5)</source>
        <translation>Read the day again (F5)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="332"/>
        <source>By direction</source>
        <translation>By direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="333"/>
        <source>By decision</source>
        <translation>By decision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="334"/>
        <source>By sync state</source>
        <translation>By sync state</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="335"/>
        <source>By means of travel</source>
        <translation>By means of travel</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="336"/>
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/overview.py" line="338"/>
        <source>Referred to secondary control and watch-list hits</source>
        <translation>Referred to secondary control and watch-list hits</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="136"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="136"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="218"/>
        <source>Expected today</source>
        <translation>Expected today</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="220"/>
        <source>Name, reference or document number… (F3)</source>
        <translation>Name, reference or document number… (F3)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="222"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="222"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="222"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="223"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="223"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="226"/>
        <source>No confirmed pre-declaration matches.</source>
        <translation>No confirmed pre-declaration matches.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/queue_panel.py" line="227"/>
        <source>No confirmed pre-declaration for today at this gate yet. They arrive with each sync.</source>
        <translation>No confirmed pre-declaration for today at this gate yet. They arrive with each sync.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="190"/>
        <location filename="../../borderdesk/ui/receipt.py" line="447"/>
        <source>Crossing receipt</source>
        <translation>Crossing receipt</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="191"/>
        <location filename="../../borderdesk/ui/receipt.py" line="471"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="194"/>
        <location filename="../../borderdesk/ui/receipt.py" line="458"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="195"/>
        <location filename="../../borderdesk/ui/receipt.py" line="455"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="196"/>
        <location filename="../../borderdesk/ui/receipt.py" line="452"/>
        <source>Border gate</source>
        <translation>Border gate</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="197"/>
        <location filename="../../borderdesk/ui/receipt.py" line="453"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="198"/>
        <location filename="../../borderdesk/ui/receipt.py" line="454"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="199"/>
        <location filename="../../borderdesk/ui/receipt.py" line="456"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="200"/>
        <location filename="../../borderdesk/ui/receipt.py" line="457"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="201"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="202"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="203"/>
        <source>Officer ID</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="446"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="449"/>
        <source>This crossing was cancelled: the receipt is not valid.</source>
        <translation>This crossing was cancelled: the receipt is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="464"/>
        <source>The traveller keeps the printed slip; any counter can scan its code to check it.</source>
        <translation>The traveller keeps the printed slip; any counter can scan its code to check it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="468"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="476"/>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="481"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>ReceiptSlip</name>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="65"/>
        <source>BORDER CROSSING RECEIPT</source>
        <translation>BORDER CROSSING RECEIPT</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="66"/>
        <source>Counter {terminal}</source>
        <translation>Counter {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="67"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="68"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="69"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="70"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="71"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="72"/>
        <source>Any border counter can scan this code to check the receipt.</source>
        <translation>Any border counter can scan this code to check the receipt.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/receipt.py" line="75"/>
        <source>CANCELLED — NOT VALID</source>
        <translation>CANCELLED — NOT VALID</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="108"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>This crossing cannot be corrected at this counter.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="117"/>
        <source>Correct the fields, then save: a new version replaces this one.</source>
        <translation>Correct the fields, then save: a new version replaces this one.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="128"/>
        <source>Crossing cancelled; the cancellation is queued for the portal.</source>
        <translation>Crossing cancelled; the cancellation is queued for the portal.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="144"/>
        <source>No crossing saved yet: select one in today&apos;s list.</source>
        <translation>No crossing saved yet: select one in today&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="182"/>
        <source>Re&amp;ceipt of the last crossing</source>
        <translation>Re&amp;ceipt of the last crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/record_actions.py" line="184"/>
        <source>Show and print the receipt of the crossing saved last (F6)</source>
        <translation>Show and print the receipt of the crossing saved last (F6)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="219"/>
        <source>No message waits for review: the portal refused nothing.</source>
        <translation>No message waits for review: the portal refused nothing.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="221"/>
        <source>Every refused message has been dealt with.</source>
        <translation>Every refused message has been dealt with.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="226"/>
        <source>Select a message in the list.</source>
        <translation>Select a message in the list.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="234"/>
        <source>{function} · {state} · code {code} · portal&apos;s words: {reason}</source>
        <translation>{function} · {state} · code {code} · portal&apos;s words: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="248"/>
        <source>Load the crossing into the counter form to correct it; the correction is sent to the portal as an amendment</source>
        <translation>Load the crossing into the counter form to correct it; the correction is sent to the portal as an amendment</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="255"/>
        <source>A refused cancellation cannot be corrected: open the crossing to see where it stands.</source>
        <translation>A refused cancellation cannot be corrected: open the crossing to see where it stands.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="258"/>
        <source>Already dealt with.</source>
        <translation>Already dealt with.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="259"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>This crossing cannot be corrected at this counter.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="263"/>
        <source>The crossing is not in this terminal&apos;s database.</source>
        <translation>The crossing is not in this terminal&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="273"/>
        <source>{who}
{direction}, {mode}, {time} · decision: {decision} · officer {officer} · version {version}</source>
        <translation>{who}
{direction}, {mode}, {time} · decision: {decision} · officer {officer} · version {version}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="286"/>
        <source>To review: correct the crossing and send it again, or cancel it from its detail.</source>
        <translation>To review: correct the crossing and send it again, or cancel it from its detail.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="320"/>
        <source>Crossing time</source>
        <translation>Crossing time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="321"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="323"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="324"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="326"/>
        <source>Portal&apos;s answer</source>
        <translation>Portal&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="329"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="331"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="348"/>
        <source>Messages refused by the portal</source>
        <translation>Messages refused by the portal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="349"/>
        <source>&amp;Only those still to review</source>
        <translation>&amp;Only those still to review</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="350"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="351"/>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="352"/>
        <source>The portal&apos;s answer</source>
        <translation>The portal&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="353"/>
        <source>&amp;Correct and resend</source>
        <translation>&amp;Correct and resend</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/review.py" line="354"/>
        <source>Crossing in &amp;full</source>
        <translation>Crossing in &amp;full</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="191"/>
        <source>Change the role</source>
        <translation>Change the role</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="192"/>
        <source>{id} · {name}</source>
        <translation>{id} · {name}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="194"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="195"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/officers_panel.py" line="196"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="69"/>
        <source>ID card (CCCD) read: {name}</source>
        <translation>ID card (CCCD) read: {name}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="70"/>
        <source>Machine-readable zone read: {name} ({document})</source>
        <translation>Machine-readable zone read: {name} ({document})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="71"/>
        <source>MRZ check digit failed: the form was NOT filled</source>
        <translation>MRZ check digit failed: the form was NOT filled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="74"/>
        <source>The machine-readable zone cannot be read</source>
        <translation>The machine-readable zone cannot be read</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="75"/>
        <source>This is a visa&apos;s MRZ: scan the passport&apos;s data page instead</source>
        <translation>This is a visa&apos;s MRZ: scan the passport&apos;s data page instead</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="78"/>
        <source>The ID card QR code cannot be read</source>
        <translation>The ID card QR code cannot be read</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="79"/>
        <source>Pre-declaration {reference}: confirmation verified</source>
        <translation>Pre-declaration {reference}: confirmation verified</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="82"/>
        <source>Pre-declaration {reference}: NOT VERIFIED (unknown signing key)</source>
        <translation>Pre-declaration {reference}: NOT VERIFIED (unknown signing key)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="85"/>
        <source>Confirmation slip forged or altered: its signature does not match</source>
        <translation>Confirmation slip forged or altered: its signature does not match</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="88"/>
        <source>The confirmation slip cannot be read</source>
        <translation>The confirmation slip cannot be read</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="91"/>
        <source>Receipt verified: crossing of {name} selected in today&apos;s list</source>
        <translation>Receipt verified: crossing of {name} selected in today&apos;s list</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="94"/>
        <source>Receipt verified: crossing {id}</source>
        <translation>Receipt verified: crossing {id}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="95"/>
        <source>Receipt NOT VERIFIED: signed by an unknown counter</source>
        <translation>Receipt NOT VERIFIED: signed by an unknown counter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="98"/>
        <source>Receipt forged or altered: its signature does not match</source>
        <translation>Receipt forged or altered: its signature does not match</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="101"/>
        <source>The receipt cannot be read</source>
        <translation>The receipt cannot be read</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="102"/>
        <source>Unknown code: not an ID card QR, a passport MRZ, a confirmation slip or a receipt</source>
        <translation>Unknown code: not an ID card QR, a passport MRZ, a confirmation slip or a receipt</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="106"/>
        <source>The scanner sent characters that cannot be read: nothing was filled</source>
        <translation>The scanner sent characters that cannot be read: nothing was filled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="109"/>
        <source>The scan could not be checked</source>
        <translation>The scan could not be checked</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="113"/>
        <source>The document fields were filled in: compare them with the document.</source>
        <translation>The document fields were filled in: compare them with the document.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="116"/>
        <source>Names are as printed in the MRZ (without diacritics): correct them from the data page if needed.</source>
        <translation>Names are as printed in the MRZ (without diacritics): correct them from the data page if needed.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="121"/>
        <source>Check digit of the {check}: printed {printed}, computed {computed}.</source>
        <translation>Check digit of the {check}: printed {printed}, computed {computed}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="124"/>
        <source>Scan the zone again, or type the data from the data page.</source>
        <translation>Scan the zone again, or type the data from the data page.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="127"/>
        <source>Line {line}, position {position}.</source>
        <translation>Line {line}, position {position}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="128"/>
        <source>Text read: {text}</source>
        <translation>Text read: {text}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="129"/>
        <source>The scanner is not sending UTF-8: set it to UTF-8 (Unicode) output, or use it as a serial (COM) device, and scan again.</source>
        <translation>The scanner is not sending UTF-8: set it to UTF-8 (Unicode) output, or use it as a serial (COM) device, and scan again.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="134"/>
        <source>Persons declared: {persons} · Expected on: {date} · {gate}, {direction}</source>
        <translation>Persons declared: {persons} · Expected on: {date} · {gate}, {direction}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="138"/>
        <source>Verification: signature of the national portal is valid.</source>
        <translation>Verification: signature of the national portal is valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="141"/>
        <source>Verification: NOT VERIFIED — signed by key {key}, which this counter does not know. Check the traveller&apos;s documents by hand.</source>
        <translation>Verification: NOT VERIFIED — signed by key {key}, which this counter does not know. Check the traveller&apos;s documents by hand.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="146"/>
        <source>Do not accept this slip: it was altered or forged. The pre-declaration number was not put in the form.</source>
        <translation>Do not accept this slip: it was altered or forged. The pre-declaration number was not put in the form.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="151"/>
        <source>The pre-declaration number was put in the form.</source>
        <translation>The pre-declaration number was put in the form.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="154"/>
        <source>Declared for another border gate: {gate}.</source>
        <translation>Declared for another border gate: {gate}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="155"/>
        <source>Declared for the other direction: {direction}.</source>
        <translation>Declared for the other direction: {direction}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="158"/>
        <source>Expected on {date}, not today.</source>
        <translation>Expected on {date}, not today.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="159"/>
        <source>This crossing was recorded at another counter ({gate}, {terminal}).</source>
        <translation>This crossing was recorded at another counter ({gate}, {terminal}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="162"/>
        <source>Do not accept this receipt: it was altered or forged.</source>
        <translation>Do not accept this receipt: it was altered or forged.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="169"/>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="170"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="171"/>
        <source>expiry date</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="172"/>
        <source>personal number</source>
        <translation>personal number</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="173"/>
        <source>whole zone (composite)</source>
        <translation>whole zone (composite)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="179"/>
        <source>No MRZ text was read.</source>
        <translation>No MRZ text was read.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="180"/>
        <source>The lines do not have the length of a passport (2×44), visa (2×36) or ID card (3×30) zone: part of it was not read.</source>
        <translation>The lines do not have the length of a passport (2×44), visa (2×36) or ID card (3×30) zone: part of it was not read.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="185"/>
        <source>A character that cannot appear in an MRZ was read.</source>
        <translation>A character that cannot appear in an MRZ was read.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="188"/>
        <source>The document code at the start of the zone is not valid.</source>
        <translation>The document code at the start of the zone is not valid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="191"/>
        <source>A date in the zone is not a valid date.</source>
        <translation>A date in the zone is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="194"/>
        <source>The QR code is empty.</source>
        <translation>The QR code is empty.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="195"/>
        <source>The QR code holds a web address, not an ID card.</source>
        <translation>The QR code holds a web address, not an ID card.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="198"/>
        <source>Fields are missing: this is not a complete ID card QR code.</source>
        <translation>Fields are missing: this is not a complete ID card QR code.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="201"/>
        <source>The QR code has more fields than an ID card QR code.</source>
        <translation>The QR code has more fields than an ID card QR code.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="204"/>
        <source>The ID number does not have 12 digits.</source>
        <translation>The ID number does not have 12 digits.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="205"/>
        <source>The old ID number (CMND) does not have 9 digits.</source>
        <translation>The old ID number (CMND) does not have 9 digits.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="208"/>
        <source>The name is missing or contains digits.</source>
        <translation>The name is missing or contains digits.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="209"/>
        <source>A date is not written as day-month-year.</source>
        <translation>A date is not written as day-month-year.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="210"/>
        <source>The sex is neither “Nam” nor “Nữ”.</source>
        <translation>The sex is neither “Nam” nor “Nữ”.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="213"/>
        <source>It is not in the expected format.</source>
        <translation>It is not in the expected format.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="214"/>
        <source>It is damaged (bad encoding).</source>
        <translation>It is damaged (bad encoding).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="215"/>
        <source>Its content is damaged.</source>
        <translation>Its content is damaged.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="216"/>
        <source>A field is missing or malformed.</source>
        <translation>A field is missing or malformed.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="217"/>
        <source>Its signature does not match: it was altered or forged.</source>
        <translation>Its signature does not match: it was altered or forged.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="220"/>
        <source>It was signed by a key this counter does not know.</source>
        <translation>It was signed by a key this counter does not know.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="223"/>
        <source>It was issued for another document.</source>
        <translation>It was issued for another document.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="225"/>
        <source>Unexpected problem (code {code}).</source>
        <translation>Unexpected problem (code {code}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="230"/>
        <source>No QR code found in {file}.</source>
        <translation>No QR code found in {file}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="231"/>
        <source>The image {file} cannot be read: is it a PNG or JPEG file?</source>
        <translation>The image {file} cannot be read: is it a PNG or JPEG file?</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="234"/>
        <source>The QR decoder is not installed on this computer: {file} cannot be scanned. Call the technician.</source>
        <translation>The QR decoder is not installed on this computer: {file} cannot be scanned. Call the technician.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="239"/>
        <source>Decoding {file} failed unexpectedly: see the log.</source>
        <translation>Decoding {file} failed unexpectedly: see the log.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="244"/>
        <source>Serial scanner on {port}: connected.</source>
        <translation>Serial scanner on {port}: connected.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="245"/>
        <source>Serial scanner: no port chosen (Scan ▸ Serial port scanner).</source>
        <translation>Serial scanner: no port chosen (Scan ▸ Serial port scanner).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="248"/>
        <source>Serial scanner on {port}: not plugged in. Waiting for it…</source>
        <translation>Serial scanner on {port}: not plugged in. Waiting for it…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="251"/>
        <source>Serial scanner on {port}: access denied (on Linux the user must be in the “dialout” group).</source>
        <translation>Serial scanner on {port}: access denied (on Linux the user must be in the “dialout” group).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="256"/>
        <source>Serial scanner on {port}: cannot be opened (used by another program?).</source>
        <translation>Serial scanner on {port}: cannot be opened (used by another program?).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="259"/>
        <source>Serial scanner on {port}: disconnected. Reconnecting…</source>
        <translation>Serial scanner on {port}: disconnected. Reconnecting…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="262"/>
        <source>Serial scanner on {port}: data without a line end was dropped. Check the line end setting.</source>
        <translation>Serial scanner on {port}: data without a line end was dropped. Check the line end setting.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="267"/>
        <source>Serial scanner on {port}: the code was not UTF-8. Set the scanner to UTF-8 output.</source>
        <translation>Serial scanner on {port}: the code was not UTF-8. Set the scanner to UTF-8 output.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="274"/>
        <source>No camera found.</source>
        <translation>No camera found.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="275"/>
        <source>The camera reported an error.</source>
        <translation>The camera reported an error.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="276"/>
        <source>The QR decoder is not installed on this computer.</source>
        <translation>The QR decoder is not installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/texts.py" line="279"/>
        <source>Decoding a camera picture failed unexpectedly: see the log.</source>
        <translation>Decoding a camera picture failed unexpectedly: see the log.</translation>
    </message>
</context>
<context>
    <name>ScanMenu</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="72"/>
        <source>S&amp;can</source>
        <translation>S&amp;can</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="73"/>
        <source>From an image &amp;file…</source>
        <translation>From an image &amp;file…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="74"/>
        <source>With the &amp;camera…</source>
        <translation>With the &amp;camera…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="75"/>
        <source>&amp;Serial port scanner…</source>
        <translation>&amp;Serial port scanner…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/controller.py" line="76"/>
        <source>&amp;Keyboard scanner (always on)…</source>
        <translation>&amp;Keyboard scanner (always on)…</translation>
    </message>
</context>
<context>
    <name>ScanResultPanel</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/panel.py" line="129"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>SerialSettingsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="306"/>
        <source>Serial port scanner</source>
        <translation>Serial port scanner</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="307"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="308"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="311"/>
        <source>A scanner set up as a USB serial (virtual COM) device sends the code as it is: names with diacritics arrive intact and no field needs the cursor. Program it to end each code with the line end chosen below.</source>
        <translation>A scanner set up as a USB serial (virtual COM) device sends the code as it is: names with diacritics arrive intact and no field needs the cursor. Program it to end each code with the line end chosen below.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="317"/>
        <source>Use a scanner on a serial port</source>
        <translation>Use a scanner on a serial port</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="318"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="319"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="319"/>
        <source>Speed (baud):</source>
        <translation>Speed (baud):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="319"/>
        <source>Line end:</source>
        <translation>Line end:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="324"/>
        <source>No serial port found: type its name (COM3, ttyACM0)</source>
        <translation>No serial port found: type its name (COM3, ttyACM0)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="344"/>
        <source>Enter your officer ID.</source>
        <translation>Enter your officer ID.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="345"/>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="346"/>
        <source>The two PINs differ: type the PIN again.</source>
        <translation>The two PINs differ: type the PIN again.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="347"/>
        <source>The PIN must have at least 6 characters.</source>
        <translation>The PIN must have at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="348"/>
        <source>The PIN is too long.</source>
        <translation>The PIN is too long.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="350"/>
        <source>Officer ID: letters and digits, 2 to 32 characters.</source>
        <translation>Officer ID: letters and digits, 2 to 32 characters.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="351"/>
        <source>Enter the officer&apos;s full name.</source>
        <translation>Enter the officer&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="352"/>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="353"/>
        <source>Wrong officer ID or PIN.</source>
        <translation>Wrong officer ID or PIN.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="355"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="357"/>
        <source>Too many wrong PINs: this account is locked for a while. Try again later or ask a supervisor.</source>
        <translation>Too many wrong PINs: this account is locked for a while. Try again later or ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="360"/>
        <source>Sign-in refused ({code}).</source>
        <translation>Sign-in refused ({code}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="372"/>
        <source>Counter {terminal}</source>
        <translation>Counter {terminal}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="375"/>
        <source>No officer is registered on this terminal yet. Create the administrator account: it can then add the other officers.</source>
        <translation>No officer is registered on this terminal yet. Create the administrator account: it can then add the other officers.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="379"/>
        <source>Locked. {name} ({id}): enter your PIN to continue.</source>
        <translation>Locked. {name} ({id}): enter your PIN to continue.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="382"/>
        <source>Sign in to the counter</source>
        <translation>Sign in to the counter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="383"/>
        <source>&amp;Officer ID:</source>
        <translation>&amp;Officer ID:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="384"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="385"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="386"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="387"/>
        <source>e.g. BP0123</source>
        <translation>e.g. BP0123</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="389"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="391"/>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="393"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/session.py" line="394"/>
        <source>Another officer…</source>
        <translation>Another officer…</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="25"/>
        <source>The record&apos;s content no longer matches its fingerprint: it was damaged in storage or on the way.</source>
        <translation>The record&apos;s content no longer matches its fingerprint: it was damaged in storage or on the way.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="30"/>
        <source>The portal found the record invalid: {details}.</source>
        <translation>The portal found the record invalid: {details}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="33"/>
        <source>The record names another border gate than the one this terminal is enrolled for ({reason}).</source>
        <translation>The record names another border gate than the one this terminal is enrolled for ({reason}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="38"/>
        <source>The portal already holds a different record under the same id.</source>
        <translation>The portal already holds a different record under the same id.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="42"/>
        <source>The portal does not hold the record this correction or cancellation refers to.</source>
        <translation>The portal does not hold the record this correction or cancellation refers to.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="47"/>
        <source>The portal&apos;s record was already corrected or cancelled ({reason}).</source>
        <translation>The portal&apos;s record was already corrected or cancelled ({reason}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="51"/>
        <source>The record is larger than the portal accepts.</source>
        <translation>The record is larger than the portal accepts.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="55"/>
        <source>The portal could not read the request.</source>
        <translation>The portal could not read the request.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="58"/>
        <source>The portal speaks another version of the sync protocol: update BorderDesk.</source>
        <translation>The portal speaks another version of the sync protocol: update BorderDesk.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="62"/>
        <source>The portal did not accept this terminal&apos;s signature.</source>
        <translation>The portal did not accept this terminal&apos;s signature.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="65"/>
        <source>The portal does not know this terminal (not enrolled, or its key was revoked).</source>
        <translation>The portal does not know this terminal (not enrolled, or its key was revoked).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="70"/>
        <source>The portal refused the request as a replay: check this computer&apos;s clock.</source>
        <translation>The portal refused the request as a replay: check this computer&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="74"/>
        <source>The request was damaged on the way to the portal.</source>
        <translation>The request was damaged on the way to the portal.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="77"/>
        <source>The portal was still processing the same batch.</source>
        <translation>The portal was still processing the same batch.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="80"/>
        <source>The portal saw the same batch number for another batch.</source>
        <translation>The portal saw the same batch number for another batch.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="83"/>
        <source>The portal asked the terminal to slow down.</source>
        <translation>The portal asked the terminal to slow down.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="86"/>
        <source>The portal was temporarily unavailable.</source>
        <translation>The portal was temporarily unavailable.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="89"/>
        <source>The enrolment code is unknown, used or expired.</source>
        <translation>The enrolment code is unknown, used or expired.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="96"/>
        <source>unknown message kind</source>
        <translation>unknown message kind</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="97"/>
        <source>the record is empty</source>
        <translation>the record is empty</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="98"/>
        <source>the record has no id</source>
        <translation>the record has no id</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="99"/>
        <source>the record&apos;s id differs from the message&apos;s</source>
        <translation>the record&apos;s id differs from the message&apos;s</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="102"/>
        <source>the corrected record&apos;s id is not valid</source>
        <translation>the corrected record&apos;s id is not valid</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="105"/>
        <source>a correction must name the record it corrects</source>
        <translation>a correction must name the record it corrects</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="108"/>
        <source>the correction names another record than the message</source>
        <translation>the correction names another record than the message</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="111"/>
        <source>a first record cannot correct another one</source>
        <translation>a first record cannot correct another one</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="114"/>
        <source>the cancellation names another record than the message</source>
        <translation>the cancellation names another record than the message</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="117"/>
        <source>the crossing time is in the future for the portal (check this computer&apos;s clock)</source>
        <translation>the crossing time is in the future for the portal (check this computer&apos;s clock)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="122"/>
        <source>the date of birth is after the crossing time</source>
        <translation>the date of birth is after the crossing time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="125"/>
        <source>the date of birth gives an implausible age</source>
        <translation>the date of birth gives an implausible age</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="128"/>
        <source>the document expires before the date of birth</source>
        <translation>the document expires before the date of birth</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="131"/>
        <source>the crossing has no person</source>
        <translation>the crossing has no person</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="132"/>
        <source>a refusal has no reason in the notes</source>
        <translation>a refusal has no reason in the notes</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="135"/>
        <source>an unknown country code</source>
        <translation>an unknown country code</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="136"/>
        <source>an unknown border gate code</source>
        <translation>an unknown border gate code</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="137"/>
        <source>the document number is not valid</source>
        <translation>the document number is not valid</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="140"/>
        <source>the ID card number is not valid</source>
        <translation>the ID card number is not valid</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="143"/>
        <source>a name is missing</source>
        <translation>a name is missing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="144"/>
        <source>a vehicle needs exactly one driver</source>
        <translation>a vehicle needs exactly one driver</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="147"/>
        <source>the vehicle&apos;s details are missing</source>
        <translation>the vehicle&apos;s details are missing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="153"/>
        <source>“{field}” is missing</source>
        <translation>“{field}” is missing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="154"/>
        <source>“{field}” is too long</source>
        <translation>“{field}” is too long</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="155"/>
        <source>unknown entry “{field}”</source>
        <translation>unknown entry “{field}”</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="156"/>
        <source>“{field}” is not a valid date</source>
        <translation>“{field}” is not a valid date</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="157"/>
        <source>“{field}” has no time zone</source>
        <translation>“{field}” has no time zone</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="161"/>
        <source>The portal found the record invalid.</source>
        <translation>The portal found the record invalid.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="164"/>
        <source>The portal said: {reason}</source>
        <translation>The portal said: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="165"/>
        <source>The portal gave no reason.</source>
        <translation>The portal gave no reason.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="170"/>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="171"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="172"/>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="175"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="176"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="177"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="179"/>
        <source>Corrected: version {version}, {state}</source>
        <translation>Corrected: version {version}, {state}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="186"/>
        <source>Crossing recorded</source>
        <translation>Crossing recorded</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="187"/>
        <source>Crossing corrected</source>
        <translation>Crossing corrected</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="188"/>
        <source>Crossing cancelled</source>
        <translation>Crossing cancelled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="189"/>
        <source>Watch-list hit recorded</source>
        <translation>Watch-list hit recorded</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="190"/>
        <source>Officer registered</source>
        <translation>Officer registered</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="191"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="192"/>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="193"/>
        <source>Counter locked</source>
        <translation>Counter locked</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="194"/>
        <source>Counter unlocked</source>
        <translation>Counter unlocked</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="195"/>
        <source>Unlock refused</source>
        <translation>Unlock refused</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="196"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="197"/>
        <source>Officer disabled</source>
        <translation>Officer disabled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="198"/>
        <source>Officer re-enabled</source>
        <translation>Officer re-enabled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="199"/>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="200"/>
        <source>Officer lockout lifted</source>
        <translation>Officer lockout lifted</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="201"/>
        <source>Officer role changed</source>
        <translation>Officer role changed</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="202"/>
        <source>Permission refused</source>
        <translation>Permission refused</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="203"/>
        <source>Terminal enrolled</source>
        <translation>Terminal enrolled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="204"/>
        <source>Key trusted</source>
        <translation>Key trusted</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="205"/>
        <source>Key revoked</source>
        <translation>Key revoked</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="206"/>
        <source>Database backed up</source>
        <translation>Database backed up</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="207"/>
        <source>Log exported</source>
        <translation>Log exported</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="212"/>
        <source>crossing</source>
        <translation>crossing</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="213"/>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="214"/>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="215"/>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="216"/>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="221"/>
        <source>The chain is intact: {entries} entries verified.</source>
        <translation>The chain is intact: {entries} entries verified.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="225"/>
        <source>Entry #{seq} was changed after it was written: its content no longer matches its hash.</source>
        <translation>Entry #{seq} was changed after it was written: its content no longer matches its hash.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="230"/>
        <source>The chain is broken at entry #{seq}: it does not follow the entry before it.</source>
        <translation>The chain is broken at entry #{seq}: it does not follow the entry before it.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="234"/>
        <source>Entries are missing from #{seq} on (deleted).</source>
        <translation>Entries are missing from #{seq} on (deleted).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="237"/>
        <source>The newest entries, from #{seq} on, were deleted.</source>
        <translation>The newest entries, from #{seq} on, were deleted.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="241"/>
        <source>The chain does not verify at entry #{seq} ({problem}).</source>
        <translation>The chain does not verify at entry #{seq} ({problem}).</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="248"/>
        <source>Intact: the file matches its manifest, signed by a trusted terminal key.</source>
        <translation>Intact: the file matches its manifest, signed by a trusted terminal key.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="252"/>
        <source>ALTERED: the file&apos;s content differs from the one the manifest was signed for.</source>
        <translation>ALTERED: the file&apos;s content differs from the one the manifest was signed for.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="257"/>
        <source>BAD SIGNATURE: the manifest was changed after signing, or forged.</source>
        <translation>BAD SIGNATURE: the manifest was changed after signing, or forged.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="261"/>
        <source>UNKNOWN SIGNER: the manifest is signed by a key this terminal does not trust.</source>
        <translation>UNKNOWN SIGNER: the manifest is signed by a key this terminal does not trust.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="265"/>
        <source>REVOKED SIGNER: the manifest is signed by a revoked key.</source>
        <translation>REVOKED SIGNER: the manifest is signed by a revoked key.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="268"/>
        <source>SIGNER MISMATCH: the signing key belongs to another gate or terminal than the manifest names.</source>
        <translation>SIGNER MISMATCH: the signing key belongs to another gate or terminal than the manifest names.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="273"/>
        <source>The exported file is missing.</source>
        <translation>The exported file is missing.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="274"/>
        <source>There is no manifest beside the file: it cannot be verified.</source>
        <translation>There is no manifest beside the file: it cannot be verified.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="277"/>
        <source>The manifest cannot be read.</source>
        <translation>The manifest cannot be read.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="282"/>
        <source>Choose at least one format.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="283"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="286"/>
        <source>At most {days} days can be exported at once.</source>
        <translation>At most {days} days can be exported at once.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="289"/>
        <source>No font with Vietnamese letters is installed for the PDF: ask the technician to install fonts-noto-core.</source>
        <translation>No font with Vietnamese letters is installed for the PDF: ask the technician to install fonts-noto-core.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="294"/>
        <source>The export could not be written; no file was left behind.</source>
        <translation>The export could not be written; no file was left behind.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="302"/>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="303"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="304"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="307"/>
        <source>The officer ID is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>The officer ID is 2 to 32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="311"/>
        <source>Enter the officer&apos;s full name.</source>
        <translation>Enter the officer&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="312"/>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="313"/>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="314"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>The PIN needs at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="317"/>
        <source>The PIN is too long.</source>
        <translation>The PIN is too long.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="318"/>
        <source>The first officer of a terminal must be an administrator.</source>
        <translation>The first officer of a terminal must be an administrator.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="321"/>
        <source>You cannot disable your own account or change your own role.</source>
        <translation>You cannot disable your own account or change your own role.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="325"/>
        <source>There is no such officer.</source>
        <translation>There is no such officer.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="326"/>
        <source>An officer with this ID already exists.</source>
        <translation>An officer with this ID already exists.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="329"/>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="334"/>
        <source>You are not allowed to do this (your role lacks “{permission}”). The refusal was written to the audit log.</source>
        <translation>You are not allowed to do this (your role lacks “{permission}”). The refusal was written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/labels.py" line="339"/>
        <source>Nobody is signed in, or the account was disabled.</source>
        <translation>Nobody is signed in, or the account was disabled.</translation>
    </message>
</context>
<context>
    <name>SupervisionLauncher</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="121"/>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="122"/>
        <source>Supervision &amp;window</source>
        <translation>Supervision &amp;window</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="124"/>
        <source>The day&apos;s overview, refused messages, audit log (Ctrl+Shift+S)</source>
        <translation>The day&apos;s overview, refused messages, audit log (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="125"/>
        <source>Messages &amp;refused by the portal</source>
        <translation>Messages &amp;refused by the portal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/__init__.py" line="126"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
</context>
<context>
    <name>SupervisionWindow</name>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="224"/>
        <source>This crossing cannot be corrected at this counter.</source>
        <translation>This crossing cannot be corrected at this counter.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="232"/>
        <source>The crossing is in the counter form: correct it and save (Ctrl+S); the correction is sent as an amendment.</source>
        <translation>The crossing is in the counter form: correct it and save (Ctrl+S); the correction is sent as an amendment.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="300"/>
        <source>Supervision — {gate}</source>
        <translation>Supervision — {gate}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="301"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="304"/>
        <source>{gate} · {name} ({id}), {role}</source>
        <translation>{gate} · {name} ({id}), {role}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="310"/>
        <source>Day overview</source>
        <translation>Day overview</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="311"/>
        <source>Refused by the portal</source>
        <translation>Refused by the portal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="312"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="313"/>
        <source>Export the log</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/supervisor/window.py" line="314"/>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="45"/>
        <source>the portal has not accepted this terminal — tell the administrator</source>
        <translation>the portal has not accepted this terminal — tell the administrator</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="49"/>
        <source>the portal is busy — it will be tried again automatically</source>
        <translation>the portal is busy — it will be tried again automatically</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="53"/>
        <source>the network asks for a sign-in (captive portal)</source>
        <translation>the network asks for a sign-in (captive portal)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="58"/>
        <source>slow network or connection lost</source>
        <translation>slow network or connection lost</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="61"/>
        <source>cannot reach the portal (network down or portal stopped)</source>
        <translation>cannot reach the portal (network down or portal stopped)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="65"/>
        <source>the network connection was interrupted</source>
        <translation>the network connection was interrupted</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="68"/>
        <source>this computer&apos;s clock is wrong — tell the administrator</source>
        <translation>this computer&apos;s clock is wrong — tell the administrator</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="74"/>
        <source>this version of the app is too old for the portal</source>
        <translation>this version of the app is too old for the portal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="77"/>
        <source>the terminal key has changed — the terminal must be enrolled again</source>
        <translation>the terminal key has changed — the terminal must be enrolled again</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="81"/>
        <source>the portal gave an answer that cannot be read</source>
        <translation>the portal gave an answer that cannot be read</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="84"/>
        <source>the portal address is wrong — tell the administrator</source>
        <translation>the portal address is wrong — tell the administrator</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="87"/>
        <source>the local database cannot be read — tell the administrator</source>
        <translation>the local database cannot be read — tell the administrator</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="91"/>
        <source>unexpected sync error — tell the administrator</source>
        <translation>unexpected sync error — tell the administrator</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="95"/>
        <source>sync error ({code})</source>
        <translation>sync error ({code})</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="205"/>
        <source>{count} waiting to send</source>
        <translation>{count} waiting to send</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="208"/>
        <source>Not enrolled with the portal</source>
        <translation>Not enrolled with the portal</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="210"/>
        <source>Starting sync…</source>
        <translation>Starting sync…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="212"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="215"/>
        <source>sent {done} of {total}</source>
        <translation>sent {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="220"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="224"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="227"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="230"/>
        <source>Connecting to the portal…</source>
        <translation>Connecting to the portal…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/sync_status.py" line="242"/>
        <source>%n record(s) rejected or in conflict — a supervisor must review them</source>
        <translation>
            <numerusform>%n record rejected or in conflict — a supervisor must review it</numerusform>
            <numerusform>%n records rejected or in conflict — a supervisor must review them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/sync_status.py" line="251"/>
        <source>%n record(s) rejected by the portal — a supervisor must review them</source>
        <translation>
            <numerusform>%n record rejected by the portal — a supervisor must review it</numerusform>
            <numerusform>%n records rejected by the portal — a supervisor must review them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../borderdesk/ui/sync_status.py" line="260"/>
        <source>%n record(s) in conflict with the portal — a supervisor must review them</source>
        <translation>
            <numerusform>%n record in conflict with the portal — a supervisor must review it</numerusform>
            <numerusform>%n records in conflict with the portal — a supervisor must review them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="283"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="285"/>
        <source>Send and fetch now, without waiting (F9)</source>
        <translation>Send and fetch now, without waiting (F9)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="292"/>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="293"/>
        <source>synced at {time}</source>
        <translation>synced at {time}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="300"/>
        <source>retrying shortly</source>
        <translation>retrying shortly</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="301"/>
        <source>will retry at {time}</source>
        <translation>will retry at {time}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="307"/>
        <source>Portal: {url}</source>
        <translation>Portal: {url}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/sync_status.py" line="316"/>
        <source>Error detail: {detail}</source>
        <translation>Error detail: {detail}</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="92"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="93"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="94"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="95"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="96"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="97"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="98"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="264"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="266"/>
        <source>Amended</source>
        <translation>Amended</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="289"/>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="291"/>
        <source>{decision}; replaced by a corrected version</source>
        <translation>{decision}; replaced by a corrected version</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/models.py" line="295"/>
        <source>Version {version} (a correction)</source>
        <translation>Version {version} (a correction)</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="385"/>
        <source>Showing {shown} of {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="391"/>
        <source>No crossing matches the search.</source>
        <translation>No crossing matches the search.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="393"/>
        <source>No crossing recorded at this gate today.</source>
        <translation>No crossing recorded at this gate today.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="432"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="434"/>
        <source>Search name or document number… (Ctrl+F)</source>
        <translation>Search name or document number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="437"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="438"/>
        <source>D&amp;ecision:</source>
        <translation>D&amp;ecision:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="439"/>
        <source>&amp;Sync:</source>
        <translation>&amp;Sync:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="440"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="450"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/today_panel.py" line="436"/>
        <source>Crossings shown / recorded today</source>
        <translation>Crossings shown / recorded today</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="169"/>
        <source>&amp;Smaller text (A−)</source>
        <translation>&amp;Smaller text (A−)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="171"/>
        <source>&amp;Normal text size (A) — now {scale}%</source>
        <translation>&amp;Normal text size (A) — now {scale}%</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="175"/>
        <source>&amp;Larger text (A+)</source>
        <translation>&amp;Larger text (A+)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/view_menu.py" line="176"/>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
</context>
<context>
    <name>WatchlistAlert</name>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="63"/>
        <source>WATCHLIST HIT — DO NOT CLEAR</source>
        <translation>WATCHLIST HIT — DO NOT CLEAR</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="66"/>
        <source>The document of {who} is on the watchlist.</source>
        <translation>The document of {who} is on the watchlist.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="67"/>
        <source>A document of this crossing is on the watchlist.</source>
        <translation>A document of this crossing is on the watchlist.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="68"/>
        <source>Refer the traveller to secondary control and call the supervisor. The decision is locked to secondary control.</source>
        <translation>Refer the traveller to secondary control and call the supervisor. The decision is locked to secondary control.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/alerts.py" line="72"/>
        <source>Category: {categories}</source>
        <translation>Category: {categories}</translation>
    </message>
</context>
<context>
    <name>WedgeSettingsDialog</name>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="150"/>
        <source>Keyboard scanner</source>
        <translation>Keyboard scanner</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="151"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="155"/>
        <source>The keyboard scanner is always on: keys typed faster than a person types, ended by the chosen key, are taken as a scan wherever the cursor is, and never typed into the field.</source>
        <translation>The keyboard scanner is always on: keys typed faster than a person types, ended by the chosen key, are taken as a scan wherever the cursor is, and never typed into the field.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="162"/>
        <source>In keyboard mode, letters with diacritics (the names on ID cards) can be garbled by the keyboard layout or by a Vietnamese input method (Unikey, Telex): switch the input method to English, or better, set the scanner up as a serial (COM) port.</source>
        <translation>In keyboard mode, letters with diacritics (the names on ID cards) can be garbled by the keyboard layout or by a Vietnamese input method (Unikey, Telex): switch the input method to English, or better, set the scanner up as a serial (COM) port.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="169"/>
        <source>Longest pause between keys (ms):</source>
        <translation>Longest pause between keys (ms):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="170"/>
        <source>Shortest code (characters):</source>
        <translation>Shortest code (characters):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="171"/>
        <source>A scan ends with:</source>
        <translation>A scan ends with:</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="172"/>
        <source>Prefix (optional):</source>
        <translation>Prefix (optional):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="173"/>
        <source>Suffix (optional):</source>
        <translation>Suffix (optional):</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="178"/>
        <source>Enter or Tab</source>
        <translation>Enter or Tab</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="179"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="180"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="181"/>
        <source>Nothing (end of the burst or the suffix)</source>
        <translation>Nothing (end of the burst or the suffix)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="186"/>
        <source>e.g. ]Q1 (the AIM code for QR)</source>
        <translation>e.g. ]Q1 (the AIM code for QR)</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="187"/>
        <source>Test: scan a code now</source>
        <translation>Test: scan a code now</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="190"/>
        <source>Recognised as a scan ({count} characters): {text}</source>
        <translation>Recognised as a scan ({count} characters): {text}</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="196"/>
        <source>it did not end with the chosen key</source>
        <translation>it did not end with the chosen key</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="197"/>
        <source>it did not start with the prefix</source>
        <translation>it did not start with the prefix</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="198"/>
        <source>it did not end with the suffix</source>
        <translation>it did not end with the suffix</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="199"/>
        <source>it was too long</source>
        <translation>it was too long</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="202"/>
        <source>Fast keys seen but not taken as a scan: {reason}.</source>
        <translation>Fast keys seen but not taken as a scan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../borderdesk/ui/scanning/dialogs.py" line="207"/>
        <source>Nothing scanned yet.</source>
        <translation>Nothing scanned yet.</translation>
    </message>
</context>
</TS>
