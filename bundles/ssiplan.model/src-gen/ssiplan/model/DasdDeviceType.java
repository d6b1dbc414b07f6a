/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dasd Device Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage#getDasdDeviceType()
 * @model
 * @generated
 */
public enum DasdDeviceType implements Enumerator {
	/**
	 * The '<em><b>D3390 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 3339 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_3_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_3(0, "D3390_3", "3390-3"),

	/**
	 * The '<em><b>D3390 9</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 10017 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_9_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_9(1, "D3390_9", "3390-9"),

	/**
	 * The '<em><b>D3390 27</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 32760 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_27_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_27(2, "D3390_27", "3390-27"),

	/**
	 * The '<em><b>D3390 54</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 65520 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_54_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_54(3, "D3390_54", "3390-54"),

	/**
	 * The '<em><b>D3390 A</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extended address volume, size in cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_A_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_A(4, "D3390_A", "3390-A"),

	/**
	 * The '<em><b>EDEV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FBA volume emulated on a SCSI LUN via EDEVICE; size in 512-byte blocks.
	 * <!-- end-model-doc -->
	 * @see #EDEV_VALUE
	 * @generated
	 * @ordered
	 */
	EDEV(5, "EDEV", "EDEV");

	/**
	 * The '<em><b>D3390 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 3339 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_3
	 * @model literal="3390-3"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_3_VALUE = 0;

	/**
	 * The '<em><b>D3390 9</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 10017 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_9
	 * @model literal="3390-9"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_9_VALUE = 1;

	/**
	 * The '<em><b>D3390 27</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 32760 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_27
	 * @model literal="3390-27"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_27_VALUE = 2;

	/**
	 * The '<em><b>D3390 54</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 65520 cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_54
	 * @model literal="3390-54"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_54_VALUE = 3;

	/**
	 * The '<em><b>D3390 A</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extended address volume, size in cylinders.
	 * <!-- end-model-doc -->
	 * @see #D3390_A
	 * @model literal="3390-A"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_A_VALUE = 4;

	/**
	 * The '<em><b>EDEV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FBA volume emulated on a SCSI LUN via EDEVICE; size in 512-byte blocks.
	 * <!-- end-model-doc -->
	 * @see #EDEV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDEV_VALUE = 5;

	/**
	 * An array of all the '<em><b>Dasd Device Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DasdDeviceType[] VALUES_ARRAY =
		new DasdDeviceType[] {
			D3390_3,
			D3390_9,
			D3390_27,
			D3390_54,
			D3390_A,
			EDEV,
		};

	/**
	 * A public read-only list of all the '<em><b>Dasd Device Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DasdDeviceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dasd Device Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DasdDeviceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DasdDeviceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dasd Device Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DasdDeviceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DasdDeviceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dasd Device Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DasdDeviceType get(int value) {
		switch (value) {
			case D3390_3_VALUE: return D3390_3;
			case D3390_9_VALUE: return D3390_9;
			case D3390_27_VALUE: return D3390_27;
			case D3390_54_VALUE: return D3390_54;
			case D3390_A_VALUE: return D3390_A;
			case EDEV_VALUE: return EDEV;
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
	private DasdDeviceType(int value, String name, String literal) {
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
	
} //DasdDeviceType
