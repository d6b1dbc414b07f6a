package ssiplan.sysconfig.model;

import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.SystemConfigReader;

/**
 * The service statements an installed z/VM system has (reference §1.12, as IBM's installer writes
 * them), for a cluster drawn in SSI Planner rather than imported: an import keeps the file's own
 * statements instead, and the exporter writes those. Kept as text in IBM's layout and read with the
 * ordinary reader, so they are written back exactly like statements kept from a real file.
 */
final class ServiceDefaults {

    private static final String TEXT = """
            Features ,
              Disable ,                    /* Disable the following features */
                Set_Privclass ,            /* no SET PRIVCLASS command       */
                Auto_Warm_IPL ,            /* prompt at IPL always           */
                Clear_TDisk ,              /* don't clear T-disks at IPL     */
              Retrieve ,                   /* Retrieve options               */
                Default 20 ,               /* default is 20                  */
                Maximum 255 ,              /* default is 255                 */
              MaxUsers noLimit ,           /* no limit on number of users    */
              Passwords_on_Cmds ,          /* commands that take passwords:  */
                Autolog no ,               /* not AUTOLOG                    */
                Link no ,                  /* not LINK                       */
                Logon no ,                 /* not LOGON                      */
              Disconnect_Timeout off ,     /* don't force disconnected users */
              Enable ,
                New_Devices_Initialized_When_Added

            Set ,
              ShutdownTime 30 ,
              Signal ShutdownTime 500

            System_Userids ,
              Operator OPERATOR ,
              Account DISKACNT ,
              Dump OPERATNS ,
              Erep EREP
            """;

    private ServiceDefaults() {
    }

    static List<Statement> statements() {
        return new SystemConfigReader().read("<SSI Planner defaults>", TEXT).statements();
    }
}
