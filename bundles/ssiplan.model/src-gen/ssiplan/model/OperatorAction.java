/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Operator Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Operator actions a script can take, named as the operator would.
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanPackage#getOperatorAction()
 * @model
 * @generated
 */
public enum OperatorAction implements Enumerator {
	/**
	 * The '<em><b>RELOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMRELOCATE MOVE guest TO member.
	 * <!-- end-model-doc -->
	 * @see #RELOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	RELOCATE(0, "RELOCATE", "RELOCATE"),

	/**
	 * The '<em><b>LOGOFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SIGNAL SHUTDOWN then LOGOFF of the guest.
	 * <!-- end-model-doc -->
	 * @see #LOGOFF_VALUE
	 * @generated
	 * @ordered
	 */
	LOGOFF(1, "LOGOFF", "LOGOFF"),

	/**
	 * The '<em><b>LOGON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XAUTOLOG guest AT member.
	 * <!-- end-model-doc -->
	 * @see #LOGON_VALUE
	 * @generated
	 * @ordered
	 */
	LOGON(2, "LOGON", "LOGON"),

	/**
	 * The '<em><b>STATIC MOVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shut the guest down and log it on at member (logoff/logon elsewhere).
	 * <!-- end-model-doc -->
	 * @see #STATIC_MOVE_VALUE
	 * @generated
	 * @ordered
	 */
	STATIC_MOVE(3, "STATIC_MOVE", "STATIC-MOVE"),

	/**
	 * The '<em><b>SHUTDOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHUTDOWN of the member.
	 * <!-- end-model-doc -->
	 * @see #SHUTDOWN_VALUE
	 * @generated
	 * @ordered
	 */
	SHUTDOWN(4, "SHUTDOWN", "SHUTDOWN"),

	/**
	 * The '<em><b>IPL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IPL the member, at serviceLevel when given.
	 * <!-- end-model-doc -->
	 * @see #IPL_VALUE
	 * @generated
	 * @ordered
	 */
	IPL(5, "IPL", "IPL"),

	/**
	 * The '<em><b>ABEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP abends on the member.
	 * <!-- end-model-doc -->
	 * @see #ABEND_VALUE
	 * @generated
	 * @ordered
	 */
	ABEND(6, "ABEND", "ABEND"),

	/**
	 * The '<em><b>STOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member stops without warning.
	 * <!-- end-model-doc -->
	 * @see #STOP_VALUE
	 * @generated
	 * @ordered
	 */
	STOP(7, "STOP", "STOP"),

	/**
	 * The '<em><b>DECLARE DOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator declares the member down in the PDR.
	 * <!-- end-model-doc -->
	 * @see #DECLARE_DOWN_VALUE
	 * @generated
	 * @ordered
	 */
	DECLARE_DOWN(8, "DECLARE_DOWN", "DECLARE-DOWN"),

	/**
	 * The '<em><b>LINK DOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ISFC link between member and otherMember is lost.
	 * <!-- end-model-doc -->
	 * @see #LINK_DOWN_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_DOWN(9, "LINK_DOWN", "LINK-DOWN"),

	/**
	 * The '<em><b>LINK UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ISFC link between member and otherMember is activated.
	 * <!-- end-model-doc -->
	 * @see #LINK_UP_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_UP(10, "LINK_UP", "LINK-UP"),

	/**
	 * The '<em><b>SEVER MIRRORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sever DASD mirroring so the recovery site's volumes become writable.
	 * <!-- end-model-doc -->
	 * @see #SEVER_MIRRORING_VALUE
	 * @generated
	 * @ordered
	 */
	SEVER_MIRRORING(11, "SEVER_MIRRORING", "SEVER-MIRRORING"),

	/**
	 * The '<em><b>REPLACE CEC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Replace the CEC (its members must be down) by a machine of machineType.
	 * <!-- end-model-doc -->
	 * @see #REPLACE_CEC_VALUE
	 * @generated
	 * @ordered
	 */
	REPLACE_CEC(12, "REPLACE_CEC", "REPLACE-CEC");

	/**
	 * The '<em><b>RELOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMRELOCATE MOVE guest TO member.
	 * <!-- end-model-doc -->
	 * @see #RELOCATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELOCATE_VALUE = 0;

	/**
	 * The '<em><b>LOGOFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SIGNAL SHUTDOWN then LOGOFF of the guest.
	 * <!-- end-model-doc -->
	 * @see #LOGOFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOGOFF_VALUE = 1;

	/**
	 * The '<em><b>LOGON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XAUTOLOG guest AT member.
	 * <!-- end-model-doc -->
	 * @see #LOGON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOGON_VALUE = 2;

	/**
	 * The '<em><b>STATIC MOVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shut the guest down and log it on at member (logoff/logon elsewhere).
	 * <!-- end-model-doc -->
	 * @see #STATIC_MOVE
	 * @model literal="STATIC-MOVE"
	 * @generated
	 * @ordered
	 */
	public static final int STATIC_MOVE_VALUE = 3;

	/**
	 * The '<em><b>SHUTDOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHUTDOWN of the member.
	 * <!-- end-model-doc -->
	 * @see #SHUTDOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHUTDOWN_VALUE = 4;

	/**
	 * The '<em><b>IPL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IPL the member, at serviceLevel when given.
	 * <!-- end-model-doc -->
	 * @see #IPL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IPL_VALUE = 5;

	/**
	 * The '<em><b>ABEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP abends on the member.
	 * <!-- end-model-doc -->
	 * @see #ABEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABEND_VALUE = 6;

	/**
	 * The '<em><b>STOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member stops without warning.
	 * <!-- end-model-doc -->
	 * @see #STOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STOP_VALUE = 7;

	/**
	 * The '<em><b>DECLARE DOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator declares the member down in the PDR.
	 * <!-- end-model-doc -->
	 * @see #DECLARE_DOWN
	 * @model literal="DECLARE-DOWN"
	 * @generated
	 * @ordered
	 */
	public static final int DECLARE_DOWN_VALUE = 8;

	/**
	 * The '<em><b>LINK DOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ISFC link between member and otherMember is lost.
	 * <!-- end-model-doc -->
	 * @see #LINK_DOWN
	 * @model literal="LINK-DOWN"
	 * @generated
	 * @ordered
	 */
	public static final int LINK_DOWN_VALUE = 9;

	/**
	 * The '<em><b>LINK UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ISFC link between member and otherMember is activated.
	 * <!-- end-model-doc -->
	 * @see #LINK_UP
	 * @model literal="LINK-UP"
	 * @generated
	 * @ordered
	 */
	public static final int LINK_UP_VALUE = 10;

	/**
	 * The '<em><b>SEVER MIRRORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sever DASD mirroring so the recovery site's volumes become writable.
	 * <!-- end-model-doc -->
	 * @see #SEVER_MIRRORING
	 * @model literal="SEVER-MIRRORING"
	 * @generated
	 * @ordered
	 */
	public static final int SEVER_MIRRORING_VALUE = 11;

	/**
	 * The '<em><b>REPLACE CEC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Replace the CEC (its members must be down) by a machine of machineType.
	 * <!-- end-model-doc -->
	 * @see #REPLACE_CEC
	 * @model literal="REPLACE-CEC"
	 * @generated
	 * @ordered
	 */
	public static final int REPLACE_CEC_VALUE = 12;

	/**
	 * An array of all the '<em><b>Operator Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OperatorAction[] VALUES_ARRAY =
		new OperatorAction[] {
			RELOCATE,
			LOGOFF,
			LOGON,
			STATIC_MOVE,
			SHUTDOWN,
			IPL,
			ABEND,
			STOP,
			DECLARE_DOWN,
			LINK_DOWN,
			LINK_UP,
			SEVER_MIRRORING,
			REPLACE_CEC,
		};

	/**
	 * A public read-only list of all the '<em><b>Operator Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OperatorAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Operator Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OperatorAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OperatorAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Operator Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OperatorAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OperatorAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Operator Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OperatorAction get(int value) {
		switch (value) {
			case RELOCATE_VALUE: return RELOCATE;
			case LOGOFF_VALUE: return LOGOFF;
			case LOGON_VALUE: return LOGON;
			case STATIC_MOVE_VALUE: return STATIC_MOVE;
			case SHUTDOWN_VALUE: return SHUTDOWN;
			case IPL_VALUE: return IPL;
			case ABEND_VALUE: return ABEND;
			case STOP_VALUE: return STOP;
			case DECLARE_DOWN_VALUE: return DECLARE_DOWN;
			case LINK_DOWN_VALUE: return LINK_DOWN;
			case LINK_UP_VALUE: return LINK_UP;
			case SEVER_MIRRORING_VALUE: return SEVER_MIRRORING;
			case REPLACE_CEC_VALUE: return REPLACE_CEC;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OperatorAction(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OperatorAction
