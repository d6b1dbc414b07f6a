/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import ssiplan.model.Cec;
import ssiplan.model.MachineType;
import ssiplan.model.ProcessorMigration;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Processor Migration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.ProcessorMigrationImpl#getReplacedCec <em>Replaced Cec</em>}</li>
 *   <li>{@link ssiplan.model.impl.ProcessorMigrationImpl#getNewMachineType <em>New Machine Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.ProcessorMigrationImpl#isMoveGuestsBack <em>Move Guests Back</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessorMigrationImpl extends ScenarioImpl implements ProcessorMigration {
	/**
	 * The cached value of the '{@link #getReplacedCec() <em>Replaced Cec</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacedCec()
	 * @generated
	 * @ordered
	 */
	protected Cec replacedCec;

	/**
	 * The default value of the '{@link #getNewMachineType() <em>New Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMachineType()
	 * @generated
	 * @ordered
	 */
	protected static final MachineType NEW_MACHINE_TYPE_EDEFAULT = MachineType.Z10_EC;

	/**
	 * The cached value of the '{@link #getNewMachineType() <em>New Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMachineType()
	 * @generated
	 * @ordered
	 */
	protected MachineType newMachineType = NEW_MACHINE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMoveGuestsBack() <em>Move Guests Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMoveGuestsBack()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MOVE_GUESTS_BACK_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isMoveGuestsBack() <em>Move Guests Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMoveGuestsBack()
	 * @generated
	 * @ordered
	 */
	protected boolean moveGuestsBack = MOVE_GUESTS_BACK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessorMigrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.PROCESSOR_MIGRATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cec getReplacedCec() {
		if (replacedCec != null && replacedCec.eIsProxy()) {
			InternalEObject oldReplacedCec = (InternalEObject)replacedCec;
			replacedCec = (Cec)eResolveProxy(oldReplacedCec);
			if (replacedCec != oldReplacedCec) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.PROCESSOR_MIGRATION__REPLACED_CEC, oldReplacedCec, replacedCec));
			}
		}
		return replacedCec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cec basicGetReplacedCec() {
		return replacedCec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacedCec(Cec newReplacedCec) {
		Cec oldReplacedCec = replacedCec;
		replacedCec = newReplacedCec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.PROCESSOR_MIGRATION__REPLACED_CEC, oldReplacedCec, replacedCec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachineType getNewMachineType() {
		return newMachineType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewMachineType(MachineType newNewMachineType) {
		MachineType oldNewMachineType = newMachineType;
		newMachineType = newNewMachineType == null ? NEW_MACHINE_TYPE_EDEFAULT : newNewMachineType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.PROCESSOR_MIGRATION__NEW_MACHINE_TYPE, oldNewMachineType, newMachineType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMoveGuestsBack() {
		return moveGuestsBack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMoveGuestsBack(boolean newMoveGuestsBack) {
		boolean oldMoveGuestsBack = moveGuestsBack;
		moveGuestsBack = newMoveGuestsBack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.PROCESSOR_MIGRATION__MOVE_GUESTS_BACK, oldMoveGuestsBack, moveGuestsBack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.PROCESSOR_MIGRATION__REPLACED_CEC:
				if (resolve) return getReplacedCec();
				return basicGetReplacedCec();
			case SsiplanPackage.PROCESSOR_MIGRATION__NEW_MACHINE_TYPE:
				return getNewMachineType();
			case SsiplanPackage.PROCESSOR_MIGRATION__MOVE_GUESTS_BACK:
				return isMoveGuestsBack();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.PROCESSOR_MIGRATION__REPLACED_CEC:
				setReplacedCec((Cec)newValue);
				return;
			case SsiplanPackage.PROCESSOR_MIGRATION__NEW_MACHINE_TYPE:
				setNewMachineType((MachineType)newValue);
				return;
			case SsiplanPackage.PROCESSOR_MIGRATION__MOVE_GUESTS_BACK:
				setMoveGuestsBack((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.PROCESSOR_MIGRATION__REPLACED_CEC:
				setReplacedCec((Cec)null);
				return;
			case SsiplanPackage.PROCESSOR_MIGRATION__NEW_MACHINE_TYPE:
				setNewMachineType(NEW_MACHINE_TYPE_EDEFAULT);
				return;
			case SsiplanPackage.PROCESSOR_MIGRATION__MOVE_GUESTS_BACK:
				setMoveGuestsBack(MOVE_GUESTS_BACK_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.PROCESSOR_MIGRATION__REPLACED_CEC:
				return replacedCec != null;
			case SsiplanPackage.PROCESSOR_MIGRATION__NEW_MACHINE_TYPE:
				return newMachineType != NEW_MACHINE_TYPE_EDEFAULT;
			case SsiplanPackage.PROCESSOR_MIGRATION__MOVE_GUESTS_BACK:
				return moveGuestsBack != MOVE_GUESTS_BACK_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (newMachineType: ");
		result.append(newMachineType);
		result.append(", moveGuestsBack: ");
		result.append(moveGuestsBack);
		result.append(')');
		return result.toString();
	}

} //ProcessorMigrationImpl
